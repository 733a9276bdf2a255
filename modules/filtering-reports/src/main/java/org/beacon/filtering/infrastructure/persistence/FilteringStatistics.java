package org.beacon.filtering.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beacon.platform.api.AggregatePlans;
import org.beacon.platform.api.CaseStatistics;
import org.beacon.platform.api.StepDurations;

/**
 * Filtering's figures for governor reporting, by aggregate queries: reports by kind, assessment and
 * outcome; change requests by decision and action; checks and their results; log reviews opened;
 * how long assessment, closing and the second approver took; and whether the annual review the DfE
 * standards expect was signed. No URL, account or free text leaves.
 */
@ApplicationScoped
public class FilteringStatistics implements CaseStatistics {

  static final Duration REVIEW_EVERY = Duration.ofDays(366);

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public String module() {
    return "filtering";
  }

  @Override
  public Figures figures(Period period) {
    AggregatePlans.withTheirValues(em);
    List<Count> counts = new ArrayList<>();
    String reports = " from FilteringReport r where r.reportedAt >= :from and r.reportedAt < :to";
    counts.add(new Count("reports", "all", single("select count(r)" + reports, period)));
    grouped(counts, "reportsByKind", "r.kind", reports, period);
    grouped(counts, "reportsByAssessment", "r.assessment", reports, period);
    grouped(counts, "reportsByOutcome", "r.outcome", reports, period);
    counts.add(
        new Count(
            "reportsPotentiallyIllegal",
            "all",
            single("select count(r)" + reports + " and r.potentiallyIllegal = true", period)));

    String changes =
        " from FilteringChangeRequest c where c.proposedAt >= :from and c.proposedAt < :to";
    counts.add(new Count("changeRequests", "all", single("select count(c)" + changes, period)));
    grouped(counts, "changeRequestsByStatus", "c.status", changes, period);
    grouped(counts, "changeRequestsByAction", "c.action", changes, period);

    String checks = " from FilteringCheck k where k.checkedAt >= :from and k.checkedAt < :to";
    counts.add(new Count("checks", "all", single("select count(k)" + checks, period)));
    counts.add(
        new Count(
            "checksFailed",
            "all",
            single("select count(k)" + checks + " and k.passed = false", period)));
    counts.add(
        new Count(
            "logReviews",
            "all",
            single(
                "select count(l) from LogReview l where l.createdAt >= :from and l.createdAt < :to",
                period)));
    long signed =
        single(
            "select count(v) from FilteringReview v where v.signedAt >= :from and v.signedAt < :to",
            period);
    counts.add(new Count("reviewsSigned", "all", signed));

    Map<String, String> reportSteps = new LinkedHashMap<>();
    reportSteps.put("timeToAssessment", "r.assessedAt");
    reportSteps.put("timeToClose", "r.closedAt");
    List<Timing> timings =
        new ArrayList<>(
            StepDurations.measure(em, "FilteringReport r", "r.reportedAt", period, reportSteps));
    timings.add(
        StepDurations.measure(
            em,
            "timeToSecondApproval",
            "FilteringChangeRequest r",
            "r.proposedAt",
            "r.decidedAt",
            period));

    long signedWithinAYear =
        em.createQuery(
                "select count(v) from FilteringReview v where v.signedAt >= :since and v.signedAt < :to",
                Long.class)
            .setParameter("since", period.to().minus(REVIEW_EVERY))
            .setParameter("to", period.to())
            .getSingleResult();
    List<Deadline> deadlines =
        List.of(
            new Deadline(
                "annualReviewSigned",
                signedWithinAYear > 0 ? 1 : 0,
                signedWithinAYear > 0 ? 0 : 1,
                0));
    return new Figures(module(), counts, timings, deadlines);
  }

  private void grouped(
      List<Count> counts, String measure, String attribute, String from, Period period) {
    List<Object[]> rows =
        em.createQuery(
                "select " + attribute + ", count(*)" + from + " group by " + attribute,
                Object[].class)
            .setParameter("from", period.from())
            .setParameter("to", period.to())
            .getResultList();
    for (Object[] row : rows) {
      Object key = row[0];
      String category =
          key == null
              ? "none"
              : key instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : key.toString();
      counts.add(new Count(measure, category, ((Number) row[1]).longValue()));
    }
  }

  private long single(String query, Period period) {
    return em.createQuery(query, Long.class)
        .setParameter("from", period.from())
        .setParameter("to", period.to())
        .getSingleResult();
  }
}
