package org.beacon.incidents.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migrations on a log written before them: V3 (durations, each action once), V4 (report time beside
 * actions and links).
 */
class IncidentMigrationsTest {

  @Test
  void v3KeepsEachCaseDurationsAndEachActionOnceInItsFirstPlace() throws SQLException {
    String url = databaseAt("2");
    try (Connection db = DriverManager.getConnection(url, "sa", "");
        Statement sql = db.createStatement()) {
      sql.execute(
          incident(
              1,
              "timestamp with time zone '2026-09-07 09:00:00+01'",
              "timestamp with time zone '2026-09-07 10:30:15+01'",
              "timestamp with time zone '2026-09-10 09:00:00+01'"));
      sql.execute(incident(2, "timestamp with time zone '2026-09-08 09:00:00+00'", "null", "null"));
      sql.execute(
          "insert into inc_incident_action (incident_id, position, action) values"
              + " (1, 0, 'Warning'), (1, 1, 'Inform parents / carers'), (1, 2, 'Warning'), (1, 3, 'Detention')");

      flyway(url).target("3").load().migrate();

      assertThat(column(sql, "select triage_seconds from inc_incident where id = 1"))
          .containsExactly(5415L);
      assertThat(column(sql, "select close_seconds from inc_incident where id = 1"))
          .containsExactly(3L * 86400);
      assertThat(column(sql, "select triage_seconds from inc_incident where id = 2"))
          .containsExactly((Object) null);
      assertThat(
              column(
                  sql,
                  "select action from inc_incident_action where incident_id = 1 order by position"))
          .containsExactly("Warning", "Inform parents / carers", "Detention");
      assertThat(
              column(
                  sql,
                  "select position from inc_incident_action where incident_id = 1 order by position"))
          .containsExactly(0, 1, 2);
      assertThatThrownBy(
              () ->
                  sql.execute(
                      "insert into inc_incident_action (incident_id, position, action) values (1, 3, 'Warning')"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void v4CopiesEachIncidentsReportTimeToItsActionsAndLinksAndRequiresItAfterwards()
      throws SQLException {
    String url = databaseAt("3");
    try (Connection db = DriverManager.getConnection(url, "sa", "");
        Statement sql = db.createStatement()) {
      sql.execute(incident(1, "timestamp with time zone '2026-09-07 09:00:00+01'", "null", "null"));
      sql.execute(incident(2, "timestamp with time zone '2026-10-01 14:00:00+00'", "null", "null"));
      sql.execute(
          "insert into inc_incident_action (incident_id, position, action) values"
              + " (1, 0, 'Warning'), (2, 0, 'Warning'), (2, 1, 'Detention')");
      sql.execute(
          "insert into inc_incident_link (incident_id, position, kind, created_at) values"
              + " (2, 0, 'allegation', timestamp with time zone '2026-10-02 08:00:00+00')");

      flyway(url).load().migrate();

      assertThat(
              column(
                  sql,
                  "select cast(reported_at as varchar) from inc_incident_action order by incident_id, position"))
          .containsExactly(
              "2026-09-07 09:00:00+01", "2026-10-01 14:00:00+00", "2026-10-01 14:00:00+00");
      assertThat(column(sql, "select cast(reported_at as varchar) from inc_incident_link"))
          .containsExactly("2026-10-01 14:00:00+00");
      assertThatThrownBy(
              () ->
                  sql.execute(
                      "insert into inc_incident_action (incident_id, position, action) values (1, 1, 'Detention')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("REPORTED_AT");
    }
  }

  /** A new in-memory database migrated up to {@code version}; its URL. */
  private static String databaseAt(String version) {
    String url = "jdbc:h2:mem:migrate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    flyway(url).target(version).load().migrate();
    return url;
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
    return Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration/incidents");
  }

  private static String incident(long id, String reportedAt, String triagedAt, String closedAt) {
    return "insert into inc_incident (id, reported_at, reported_by, occurred_at, location, device_ownership, description,"
        + " incident_type, immediate_risk, status, triaged_at, closed_at) values ("
        + id
        + ", "
        + reportedAt
        + ", 'staff', "
        + reportedAt
        + ", 'Room 1', 'SCHOOL', 'What happened', 'other', false, 'REPORTED', "
        + triagedAt
        + ", "
        + closedAt
        + ")";
  }

  private static List<Object> column(Statement sql, String query) throws SQLException {
    List<Object> values = new ArrayList<>();
    try (ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getObject(1));
      }
    }
    return values;
  }
}
