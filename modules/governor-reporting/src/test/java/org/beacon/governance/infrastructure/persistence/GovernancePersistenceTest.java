package org.beacon.governance.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.beacon.governance.domain.figures.Anonymisation;
import org.beacon.governance.domain.figures.PublishedFigures;
import org.beacon.governance.domain.policy.NewVersion;
import org.beacon.governance.domain.policy.Policy;
import org.beacon.governance.domain.policy.PolicyContent;
import org.beacon.governance.domain.policy.PolicyKind;
import org.beacon.governance.domain.policy.PolicyReview;
import org.beacon.governance.domain.policy.PolicyVersion;
import org.beacon.governance.domain.policy.ReviewCycle;
import org.beacon.governance.domain.policy.VersionStatus;
import org.beacon.governance.domain.report.GovernorReport;
import org.beacon.governance.domain.report.ReportKind;
import org.beacon.governance.domain.report.ReportLine;
import org.beacon.governance.domain.report.ReportStatus;
import org.beacon.platform.api.CaseStatistics.Count;
import org.beacon.platform.api.CaseStatistics.Deadline;
import org.beacon.platform.api.CaseStatistics.Figures;
import org.beacon.platform.api.CaseStatistics.Timing;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports and the policy register on the module's real schema (Flyway) in H2, through JPA. */
class GovernancePersistenceTest {

  private static final Instant NOW = Instant.parse("2026-12-20T06:00:00Z");

  private SessionFactory sessions;

  @BeforeEach
  void schema() {
    String url = "jdbc:h2:mem:governance-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration/governance")
        .load()
        .migrate();
    sessions =
        new Configuration()
            .addAnnotatedClass(GovernorReport.class)
            .addAnnotatedClass(ReportLine.class)
            .addAnnotatedClass(Policy.class)
            .addAnnotatedClass(PolicyVersion.class)
            .addAnnotatedClass(PolicyContent.class)
            .addAnnotatedClass(PolicyReview.class)
            .setProperty("hibernate.connection.url", url)
            .setProperty("hibernate.connection.username", "sa")
            .setProperty("hibernate.connection.password", "")
            .setProperty("hibernate.hbm2ddl.auto", "validate")
            .setProperty("hibernate.jdbc.time_zone", "UTC")
            .buildSessionFactory();
  }

  @AfterEach
  void close() {
    sessions.close();
  }

  @Test
  void aReportKeepsItsPublishedFiguresAndItsState() {
    PublishedFigures figures =
        new PublishedFigures(
            List.of(
                Anonymisation.publish(
                    new Figures(
                        "incidents",
                        List.of(
                            new Count("total", "all", 13),
                            new Count("byType", "Sites", 6),
                            new Count("byType", "Games", 5),
                            new Count("byType", "other", 2)),
                        List.of(new Timing("timeToFirstTriage", 13, 2.25, 20.0)),
                        List.of(new Deadline("triageWithinOneDay", 12, 1, 0))))));
    long id =
        inTransaction(
            em -> {
              GovernorReport report =
                  new GovernorReport(
                      ReportKind.TERM,
                      "2026-autumn",
                      "Autumn term 2026",
                      NOW.minusSeconds(9_000_000),
                      NOW,
                      null,
                      NOW,
                      figures);
              em.persist(report);
              report.writeCommentary("Quiet term", "dsl", NOW);
            },
            GovernorReport.class);

    EntityManager em = sessions.createEntityManager();
    JpaReportRepository reports = new JpaReportRepository();
    reports.em = em;
    GovernorReport stored = reports.find(id).orElseThrow();
    assertThat(stored.figures()).isEqualTo(figures);
    assertThat(stored.status()).isEqualTo(ReportStatus.IN_REVIEW);
    assertThat(stored.reference()).isEqualTo("REPORT-" + id);
    assertThat(reports.existsForSchedule("2026-autumn")).isTrue();
    assertThat(reports.existsForSchedule("2027-spring")).isFalse();
    assertThat(reports.list(EnumSet.of(ReportStatus.ACKNOWLEDGED), 0, 10)).isEmpty();
    assertThat(reports.list(EnumSet.allOf(ReportStatus.class), 0, 10))
        .extracting(GovernorReport::id)
        .containsExactly(id);
    em.close();
  }

  @Test
  void everyVersionOfAPolicyIsKeptWithItsTextOrFile() {
    byte[] pdf = "%PDF-1.4 staff agreement".getBytes(StandardCharsets.US_ASCII);
    long id =
        inTransaction(
            em -> {
              Policy policy =
                  new Policy(
                      PolicyKind.STAFF_AUP,
                      "Staff acceptable use policy",
                      ReviewCycle.ANNUAL,
                      "dsl",
                      NOW);
              em.persist(policy);
              JpaPolicyRepository policies = new JpaPolicyRepository();
              policies.em = em;
              PolicyVersion first =
                  policy.submit(
                      new NewVersion(
                          "C.Lawson",
                          LocalDate.of(2016, 6, 2),
                          "First",
                          null,
                          "I will only use approved email.",
                          null,
                          null,
                          null),
                      "dsl",
                      NOW);
              policies.store(policy);
              policy.approve(first, "governor", NOW, null, LocalDate.of(2026, 12, 20));
              policy.submit(
                  new NewVersion(
                      "C.Lawson",
                      LocalDate.of(2026, 12, 20),
                      "Scanned",
                      null,
                      null,
                      "staff-aup.pdf",
                      "application/pdf",
                      pdf),
                  "head",
                  NOW);
              policies.store(policy);
              policy.review(PolicyReview.Outcome.REVISE, "New version coming", null, "dsl", NOW);
              policies.store(policy);
            },
            Policy.class);

    EntityManager em = sessions.createEntityManager();
    JpaPolicyRepository policies = new JpaPolicyRepository();
    policies.em = em;
    Policy stored = policies.find(id).orElseThrow();
    assertThat(stored.versions())
        .extracting(PolicyVersion::number, PolicyVersion::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, VersionStatus.APPROVED),
            org.assertj.core.groups.Tuple.tuple(2, VersionStatus.PENDING));
    assertThat(stored.version(1).orElseThrow().content().text())
        .isEqualTo("I will only use approved email.");
    assertThat(stored.version(2).orElseThrow().content().fileBytes()).isEqualTo(pdf);
    assertThat(stored.reviews()).hasSize(1);
    assertThat(stored.nextReviewDue()).isEqualTo(LocalDate.of(2027, 12, 20));
    assertThat(policies.submitter(id, 2)).contains("head");
    assertThat(policies.submitter(id, 3)).isEmpty();
    assertThat(policies.all()).extracting(Policy::id).containsExactly(id);
    em.close();
  }

  private <T> long inTransaction(Consumer<EntityManager> work, Class<T> type) {
    EntityManager em = sessions.createEntityManager();
    em.getTransaction().begin();
    work.accept(em);
    em.getTransaction().commit();
    long id =
        em.createQuery("select max(e.id) from " + type.getSimpleName() + " e", Long.class)
            .getSingleResult();
    em.close();
    return id;
  }
}
