package org.beacon.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class AggregatePlansTest {

  @Test
  void onPostgresqlTheTransactionPlansWithTheValuesAndTheConnectionGoesBackAsItCame()
      throws SQLException {
    Connection pg;
    try {
      pg =
          DriverManager.getConnection(
              "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=2", "postgres", "");
    } catch (SQLException noServer) {
      // The README's test command needs no PostgreSQL; CI has one, so there this test runs.
      Assumptions.abort("no PostgreSQL on 127.0.0.1:5432: " + noServer.getMessage());
      return;
    }
    try (pg) {
      pg.setAutoCommit(false);
      AggregatePlans.withTheirValues(pg);
      assertThat(show(pg)).isEqualTo("force_custom_plan");
      pg.commit();
      assertThat(show(pg)).isEqualTo("auto");
    }
  }

  @Test
  void onH2ItChangesNothing() throws SQLException {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:plans", "sa", "")) {
      h2.setAutoCommit(false);
      AggregatePlans.withTheirValues(h2);
      h2.commit();
    }
  }

  private static String show(Connection pg) throws SQLException {
    try (Statement statement = pg.createStatement();
        ResultSet row = statement.executeQuery("show plan_cache_mode")) {
      row.next();
      return row.getString(1);
    }
  }
}
