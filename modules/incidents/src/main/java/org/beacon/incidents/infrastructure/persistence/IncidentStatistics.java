package org.beacon.incidents.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.beacon.platform.api.CaseStatistics;
import org.beacon.platform.api.StepDurations;

/**
 * The incident log's figures for governor reporting, by aggregate queries: counts by type,
 * classification, who was involved, status, actions and cases opened; time to first triage and
 * to close; the one-day triage deadline. Only fixed labels leave: incident types from the
 * matrices ("other" stays "other"), never the text a reporter wrote.
 */
@ApplicationScoped
public class IncidentStatistics implements CaseStatistics {

  static final Duration TRIAGE_WITHIN = Duration.ofDays(1);
  private static final String IN_PERIOD = " i.reportedAt >= :from and i.reportedAt < :to";

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  @Override
  public String module() {
    return "incidents";
  }

  @Override
  public Figures figures(Period period) {
    Instant dueBefore = clock.instant().minus(TRIAGE_WITHIN);
    // The single counts and the triage deadline in one scan of the period's incidents.
    Object[] totals =
        em.createQuery(
                "select count(i),"
                    + " sum(case when i.immediateRisk = true then 1 else 0 end),"
                    + " sum(case when i.policyReview = true then 1 else 0 end),"
                    + " sum(case when i.triagedAt is not null and i.triageDueAt is not null and i.triagedAt <= i.triageDueAt then 1 else 0 end),"
                    + " sum(case when i.triagedAt is not null and i.triageDueAt is not null and i.triagedAt > i.triageDueAt then 1 else 0 end),"
                    + " sum(case when i.triagedAt is null and i.reportedAt < :due then 1 else 0 end),"
                    + " sum(case when i.triagedAt is null and i.reportedAt >= :due then 1 else 0 end)"
                    + " from Incident i where" + IN_PERIOD,
                Object[].class)
            .setParameter("due", dueBefore)
            .setParameter("from", period.from())
            .setParameter("to", period.to())
            .getSingleResult();
    List<Count> counts = new ArrayList<>();
    counts.add(new Count("total", "all", number(totals[0])));
    grouped(counts, "byType", "i.incidentType", period);
    grouped(counts, "byClassification", "i.classification", period);
    grouped(counts, "byInvolved", "i.involves", period);
    grouped(counts, "byStatus", "i.status", period);
    counts.add(new Count("immediateRisk", "all", number(totals[1])));
    counts.add(new Count("policyReview", "all", number(totals[2])));
    for (Object[] row :
        rows("select a, count(distinct i.id) from Incident i join i.actionsTaken a where" + IN_PERIOD + " group by a", period)) {
      counts.add(new Count("byActionTaken", (String) row[0], ((Number) row[1]).longValue()));
    }
    for (Object[] row :
        rows("select l.kind, count(distinct i.id) from Incident i join i.links l where" + IN_PERIOD + " group by l.kind", period)) {
      counts.add(new Count("casesOpened", (String) row[0], ((Number) row[1]).longValue()));
    }

    List<Timing> timings =
        List.of(
            StepDurations.measure(em, "timeToFirstTriage", "Incident i", "i.reportedAt", "i.triagedAt", period),
            StepDurations.measure(em, "timeToClose", "Incident i", "i.reportedAt", "i.closedAt", period));

    long met = number(totals[3]);
    long lateDone = number(totals[4]);
    long overdue = number(totals[5]);
    long open = number(totals[6]);
    List<Deadline> deadlines = List.of(new Deadline("triageWithinOneDay", met, lateDone + overdue, open));
    return new Figures(module(), counts, timings, deadlines);
  }

  private void grouped(List<Count> counts, String measure, String attribute, Period period) {
    for (Object[] row :
        rows("select " + attribute + ", count(i) from Incident i where" + IN_PERIOD + " group by " + attribute, period)) {
      Object key = row[0];
      String category = key == null ? "none" : key instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : key.toString();
      counts.add(new Count(measure, category, ((Number) row[1]).longValue()));
    }
  }

  /** A sum over no rows is null. */
  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private List<Object[]> rows(String query, Period period) {
    return em.createQuery(query, Object[].class)
        .setParameter("from", period.from())
        .setParameter("to", period.to())
        .getResultList();
  }
}
