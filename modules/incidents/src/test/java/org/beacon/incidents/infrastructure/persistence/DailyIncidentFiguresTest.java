package org.beacon.incidents.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.beacon.incidents.domain.Classification;
import org.beacon.incidents.domain.DeviceOwnership;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.InvolvedPupil;
import org.beacon.platform.api.CaseStatistics.Figures;
import org.beacon.platform.api.CaseStatistics.Period;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The figures kept per day against a scan of every incident, on generated incidents in H2 with the
 * module's real schema: after the migration's backfill, after sealing, and after changes made to
 * incidents of sealed days, recent days and both, for periods on and off midnight.
 */
class DailyIncidentFiguresTest {

  private static final List<String> TYPES =
      List.of(
          "Unauthorised use of non-educational sites during lessons",
          "Cyberbullying",
          "Sexting",
          "other");
  private static final List<String> INVOLVES = List.of("child", "staff", "content", "child,staff");

  private final Random random = new Random(24);
  private String url;
  private SessionFactory sessions;
  private EntityManager em;
  private IncidentStatistics statistics;
  private JpaIncidentRepository repository;

  private void open(String target, Instant now) {
    url = "jdbc:h2:mem:daily-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    migrate(target);
    sessions =
        new Configuration()
            .addAnnotatedClass(Incident.class)
            .setProperty("hibernate.connection.url", url)
            .setProperty("hibernate.connection.username", "sa")
            .setProperty("hibernate.connection.password", "")
            .setProperty("hibernate.hbm2ddl.auto", "none")
            .buildSessionFactory();
    em = sessions.createEntityManager();
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    statistics = new IncidentStatistics();
    statistics.em = em;
    statistics.clock = clock;
    statistics.daily = IncidentStatisticsTest.daily(em, clock);
    repository = new JpaIncidentRepository();
    repository.em = em;
    repository.daily = statistics.daily;
  }

  private void migrate(String target) {
    var config =
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/incidents");
    (target == null ? config : config.target(target)).load().migrate();
  }

  @AfterEach
  void close() {
    em.close();
    sessions.close();
  }

  @Test
  void theKeptFiguresEqualAFullScanAfterSealingAndAfterChangesToOldAndNewIncidents() {
    Instant now = Instant.parse("2026-11-23T12:00:00Z");
    open(null, now);
    List<Long> ids = generate(now.minus(Duration.ofDays(400)), now, 3000);

    Period year = new Period(now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(1)));
    assertSameFigures(year);
    assertThat(count("select count(*) from inc_daily_seal")).isGreaterThan(300);
    assertThat(count("select count(*) from inc_daily_figure")).isGreaterThan(300);

    // Changes through the repository, as the flow and the immediate-risk use case make them: old
    // incidents (sealed days) triaged, closed, raised; new ones (days not sealed) the same.
    for (int n = 0; n < 600; n++) {
      long id = ids.get(random.nextInt(ids.size()));
      em.getTransaction().begin();
      Incident incident = em.find(Incident.class, id);
      repository.change(incident, change(incident));
      em.getTransaction().commit();
    }
    em.clear();

    List<Period> periods =
        List.of(
            year,
            new Period(
                Instant.parse("2025-09-01T00:00:00Z"), Instant.parse("2026-09-01T00:00:00Z")),
            // School time: midnight in London is 23:00 UTC in summer.
            new Period(
                Instant.parse("2025-08-31T23:00:00Z"), Instant.parse("2026-08-31T23:00:00Z")),
            new Period(
                Instant.parse("2026-02-03T13:17:00Z"), Instant.parse("2026-05-20T09:05:00Z")),
            new Period(now.minus(Duration.ofDays(5)), now.plus(Duration.ofHours(1))),
            new Period(
                Instant.parse("2026-03-01T06:00:00Z"), Instant.parse("2026-03-01T18:00:00Z")));
    for (Period period : periods) {
      assertSameFigures(period);
    }
  }

  @Test
  void theMigrationBackfillsTheDaysOfIncidentsAlreadyRecorded() {
    Instant now = Instant.now();
    open("5", now);
    generate(now.minus(Duration.ofDays(200)), now, 1500);
    migrate(null);

    assertThat(count("select count(*) from inc_daily_seal")).isGreaterThan(150);
    long kept = count("select coalesce(sum(cases), 0) from inc_daily_figure");
    long old =
        count(
            "select count(*) from inc_incident where reported_at < "
                + "dateadd(day, -2, cast(current_date as timestamp with time zone))");
    assertThat(kept).isPositive().isLessThanOrEqualTo(old);
    assertSameFigures(new Period(now.minus(Duration.ofDays(365)), now));
    assertSameFigures(
        new Period(now.minus(Duration.ofDays(100)).plusSeconds(3_333), now.minusSeconds(7_000)));
  }

  private void assertSameFigures(Period period) {
    Figures scanned = statistics.scannedFigures(period);
    Figures kept = statistics.figures(period);
    assertThat(kept).as("figures for %s", period).isEqualTo(scanned);
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private Consumer<Incident> change(Incident incident) {
    Instant reported = incident.reportedAt();
    Instant due = reported.plus(Duration.ofDays(1));
    return switch (random.nextInt(3)) {
      case 0 ->
          i ->
              i.classify(
                  pick(List.of(Classification.values())),
                  pick(INVOLVES),
                  reported.plus(Duration.ofHours(1 + random.nextInt(48))),
                  due);
      case 1 ->
          i ->
              i.close(
                  reported.plus(Duration.ofDays(1 + random.nextInt(30))),
                  "Done",
                  random.nextBoolean());
      default -> Incident::raiseImmediateRisk;
    };
  }

  /** Incidents reported between two instants, in every state the flow leaves them in. */
  private List<Long> generate(Instant from, Instant to, int howMany) {
    List<Long> ids = new ArrayList<>();
    long span = Duration.between(from, to).getSeconds();
    em.getTransaction().begin();
    for (int n = 0; n < howMany; n++) {
      Instant reported = from.plusSeconds((long) (random.nextDouble() * span));
      Incident incident =
          new Incident(
              "staff",
              reported,
              reported.minus(Duration.ofHours(1)),
              "Room 12",
              DeviceOwnership.SCHOOL,
              "LAPTOP-1",
              "What happened",
              List.of("https://example.test/"),
              List.of(new InvolvedPupil("P-1", "Year 8")),
              List.of(),
              pick(TYPES),
              null,
              random.nextInt(10) == 0);
      em.persist(incident);
      int state = random.nextInt(4);
      if (state >= 1) {
        incident.classify(
            pick(List.of(Classification.values())),
            random.nextInt(5) == 0 ? null : pick(INVOLVES),
            reported.plus(Duration.ofMinutes(10 + random.nextInt(2 * 24 * 60))),
            random.nextInt(8) == 0 ? null : reported.plus(Duration.ofDays(1)));
      }
      if (state == 3) {
        incident.close(
            reported.plus(Duration.ofDays(1 + random.nextInt(30))), "Done", random.nextBoolean());
      }
      ids.add(null);
      if (n % 500 == 499) {
        em.flush();
      }
    }
    em.getTransaction().commit();
    ids.clear();
    for (Object id : em.createNativeQuery("select id from inc_incident").getResultList()) {
      ids.add(((Number) id).longValue());
    }
    em.clear();
    return ids;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
