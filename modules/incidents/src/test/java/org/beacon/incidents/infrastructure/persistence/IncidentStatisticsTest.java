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
import org.beacon.incidents.domain.Classification;
import org.beacon.incidents.domain.DeviceOwnership;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.InvolvedPupil;
import org.beacon.platform.api.CaseStatistics.Count;
import org.beacon.platform.api.CaseStatistics.Deadline;
import org.beacon.platform.api.CaseStatistics.Figures;
import org.beacon.platform.api.CaseStatistics.Period;
import org.beacon.platform.api.CaseStatistics.Timing;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The incident figures against known fixtures, on the module's real schema (Flyway) in H2. */
class IncidentStatisticsTest {

  private static final Instant TERM_START = Instant.parse("2026-09-01T00:00:00Z");
  private static final Instant TERM_END = Instant.parse("2026-12-19T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final String SITES = "Unauthorised use of non-educational sites during lessons";

  private SessionFactory sessions;
  private EntityManager em;
  private IncidentStatistics statistics;

  @BeforeEach
  void schema() {
    String url = "jdbc:h2:mem:stats-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration/incidents")
        .load()
        .migrate();
    sessions =
        new Configuration()
            .addAnnotatedClass(Incident.class)
            .setProperty("hibernate.connection.url", url)
            .setProperty("hibernate.connection.username", "sa")
            .setProperty("hibernate.connection.password", "")
            .setProperty("hibernate.hbm2ddl.auto", "none")
            .buildSessionFactory();
    em = sessions.createEntityManager();
    statistics = new IncidentStatistics();
    statistics.em = em;
    statistics.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    statistics.daily = daily(em, statistics.clock);
  }

  static DailyIncidentFigures daily(EntityManager em, Clock clock) {
    DailyIncidentFigures daily =
        new DailyIncidentFigures() {
          @Override
          public void seal(long fromDay, long toDay) {
            // What REQUIRES_NEW does in the server: a transaction of its own.
            em.getTransaction().begin();
            sealInCurrentTransaction(fromDay, toDay);
            em.getTransaction().commit();
          }
        };
    daily.em = em;
    daily.clock = clock;
    return daily;
  }

  @AfterEach
  void close() {
    em.close();
    sessions.close();
  }

  @Test
  void countsEachCategoryOfTheIncidentsReportedInThePeriodOnly() {
    store(
        incident(TERM_START.plus(Duration.ofDays(2)), SITES),
        Classification.INAPPROPRIATE,
        "child",
        hours(2),
        hours(30),
        List.of("Warning"));
    store(
        incident(TERM_START.plus(Duration.ofDays(3)), SITES),
        Classification.INAPPROPRIATE,
        "child",
        hours(4),
        null,
        List.of("Warning", "Inform parents / carers", "Warning"));
    store(
        incident(TERM_START.plus(Duration.ofDays(4)), "other"),
        Classification.ILLEGAL,
        "staff",
        hours(30),
        hours(100),
        List.of());
    store(incident(NOW.minus(Duration.ofHours(3)), SITES), null, null, null, null, List.of());
    // Before the period, with an action and a case opened: neither is counted.
    store(
        incident(TERM_START.minus(Duration.ofDays(1)), SITES),
        Classification.ILLEGAL,
        "staff",
        hours(1),
        hours(2),
        List.of("Warning"));

    Figures figures = figures(new Period(TERM_START, TERM_END));

    assertThat(figures.module()).isEqualTo("incidents");
    assertThat(figures.counts())
        .contains(
            new Count("total", "all", 4),
            new Count("byType", SITES, 3),
            new Count("byType", "other", 1),
            new Count("byClassification", "inappropriate", 2),
            new Count("byClassification", "illegal", 1),
            new Count("byClassification", "none", 1),
            new Count("byInvolved", "child", 2),
            new Count("byInvolved", "staff", 1),
            new Count("byActionTaken", "Warning", 2),
            new Count("byActionTaken", "Inform parents / carers", 1),
            new Count("casesOpened", "staff-allegation", 1),
            new Count("byStatus", "closed", 2));
  }

  @Test
  void timingsAreTheMedianAndNinetiethPercentileInHours() {
    for (int i = 1; i <= 10; i++) {
      store(
          incident(TERM_START.plus(Duration.ofDays(i)), SITES),
          Classification.INAPPROPRIATE,
          "child",
          hours(i),
          null,
          List.of());
    }

    Timing triage =
        figures(new Period(TERM_START, TERM_END)).timings().stream()
            .filter(t -> t.measure().equals("timeToFirstTriage"))
            .findFirst()
            .orElseThrow();

    assertThat(triage.cases()).isEqualTo(10);
    assertThat(triage.medianHours()).isEqualTo(5.0);
    assertThat(triage.p90Hours()).isEqualTo(9.0);
  }

  @Test
  void percentilesAreTheNearestRankOfEveryCaseInThePeriodWhateverTheOrderTheyCameIn() {
    Random random = new Random(7);
    List<Long> closeMinutes = new ArrayList<>();
    for (int i = 0; i < 157; i++) {
      long minutes = 60 + random.nextInt(20_000);
      // Ties too: the rank counts every case, not every distinct duration.
      if (i % 10 == 0 && !closeMinutes.isEmpty()) {
        minutes = closeMinutes.get(closeMinutes.size() - 1);
      }
      closeMinutes.add(minutes);
      store(
          incident(TERM_START.plus(Duration.ofHours(i)), SITES),
          Classification.INAPPROPRIATE,
          "child",
          Duration.ofMinutes(30),
          Duration.ofMinutes(minutes),
          List.of());
    }
    // A case outside the period is in the index but not in the ranks.
    store(
        incident(TERM_START.minus(Duration.ofDays(3)), SITES),
        Classification.INAPPROPRIATE,
        "child",
        Duration.ofMinutes(30),
        Duration.ofMinutes(1),
        List.of());

    Timing close = timing(figures(new Period(TERM_START, TERM_END)), "timeToClose");

    List<Long> sorted = closeMinutes.stream().sorted().toList();
    assertThat(close.cases()).isEqualTo(157);
    // Nearest rank: the ceil(p * n)-th case, counting from one.
    assertThat(close.medianHours()).isEqualTo(sorted.get(78) / 60.0);
    assertThat(close.p90Hours()).isEqualTo(sorted.get(141) / 60.0);
  }

  @Test
  void eachTimingCountsOnlyTheCasesThatReachedItsStep() {
    for (int i = 1; i <= 4; i++) {
      Duration closed = i % 2 == 0 ? hours(10 * i) : null;
      store(
          incident(TERM_START.plus(Duration.ofDays(i)), SITES),
          Classification.INAPPROPRIATE,
          "child",
          hours(i),
          closed,
          List.of());
    }
    store(incident(TERM_START.plus(Duration.ofDays(9)), SITES), null, null, null, null, List.of());

    List<Timing> timings = figures(new Period(TERM_START, TERM_END)).timings();

    assertThat(timings)
        .containsExactly(
            new Timing("timeToFirstTriage", 4, 2.0, 4.0), new Timing("timeToClose", 2, 20.0, 40.0));
  }

  @Test
  void theOneDayTriageDeadlineCountsMetMissedAndOpen() {
    store(
        incident(TERM_START.plus(Duration.ofDays(2)), SITES),
        Classification.INAPPROPRIATE,
        "child",
        hours(5),
        null,
        List.of());
    store(
        incident(TERM_START.plus(Duration.ofDays(3)), SITES),
        Classification.INAPPROPRIATE,
        "child",
        hours(40),
        null,
        List.of());
    store(incident(TERM_START.plus(Duration.ofDays(4)), SITES), null, null, null, null, List.of());
    store(incident(NOW.minus(Duration.ofHours(2)), SITES), null, null, null, null, List.of());

    List<Deadline> deadlines = figures(new Period(TERM_START, TERM_END)).deadlines();

    assertThat(deadlines).containsExactly(new Deadline("triageWithinOneDay", 1, 2, 1));
  }

  @Test
  void anEmptyPeriodHasNoTimings() {
    Figures figures = figures(new Period(TERM_START, TERM_END));
    assertThat(figures.counts()).contains(new Count("total", "all", 0));
    assertThat(figures.timings()).allSatisfy(t -> assertThat(t.medianHours()).isNull());
  }

  /** The figures per day, and the same by a full scan. */
  private Figures figures(Period period) {
    Figures figures = statistics.figures(period);
    assertThat(figures).isEqualTo(statistics.scannedFigures(period));
    return figures;
  }

  private static Timing timing(Figures figures, String measure) {
    return figures.timings().stream()
        .filter(t -> t.measure().equals(measure))
        .findFirst()
        .orElseThrow();
  }

  private static Incident incident(Instant reportedAt, String type) {
    return new Incident(
        "staff",
        reportedAt,
        reportedAt.minus(Duration.ofHours(1)),
        "Room 12",
        DeviceOwnership.SCHOOL,
        "LAPTOP-1",
        "What happened, with a name: Jane Doe",
        List.of("https://example.test/"),
        List.of(new InvolvedPupil("P-1", "Year 8")),
        List.of(),
        type,
        "other".equals(type) ? "Free text that must not leave" : null,
        false);
  }

  private static Duration hours(int hours) {
    return Duration.ofHours(hours);
  }

  private void store(
      Incident incident,
      Classification classification,
      String involves,
      Duration triagedAfter,
      Duration closedAfter,
      List<String> actions) {
    em.getTransaction().begin();
    em.persist(incident);
    if (classification != null) {
      Instant reported = incident.reportedAt();
      incident.classify(
          classification, involves, reported.plus(triagedAfter), reported.plus(Duration.ofDays(1)));
      incident.recordActions("Warning", actions, null, null);
      if (classification == Classification.ILLEGAL && "staff".equals(involves)) {
        incident.link("staff-allegation", reported.plus(triagedAfter), "Opened");
      }
      if (closedAfter != null) {
        incident.close(reported.plus(closedAfter), "Done", false);
      }
    }
    em.getTransaction().commit();
  }
}
