package org.beacon.incidents.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.beacon.platform.api.AggregatePlans;
import org.beacon.platform.api.CaseStatistics;
import org.beacon.platform.api.StepDurations;

/**
 * The incident log's figures for governor reporting, by aggregate queries: counts by type,
 * classification, who was involved, status, actions and cases opened; time to first triage and to
 * close; the one-day triage deadline. Only fixed labels leave: incident types from the matrices
 * ("other" stays "other"), never the text a reporter wrote.
 */
@ApplicationScoped
public class IncidentStatistics implements CaseStatistics {

  static final Duration TRIAGE_WITHIN = Duration.ofDays(1);
  private static final String IN_PERIOD = " i.reportedAt >= :from and i.reportedAt < :to";

  /** The breakdowns of the grouped scan, in the order of its first four columns. */
  private static final List<String> BREAKDOWNS =
      List.of("byType", "byClassification", "byInvolved", "byStatus");

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  @Override
  public String module() {
    return "incidents";
  }

  @Inject DailyIncidentFigures daily;

  @Override
  public Figures figures(Period period) {
    AggregatePlans.withTheirValues(em);
    Instant dueBefore = clock.instant().minus(TRIAGE_WITHIN);
    // The whole days of the period that are sealed come from the counts kept per day; the rest (the
    // last days, a period's edges that are not midnight UTC) from a scan of their incidents.
    long firstDay = Math.floorDiv(period.from().getEpochSecond() + 86_399, 86_400);
    long endDay =
        Math.min(
            Math.floorDiv(period.to().getEpochSecond(), 86_400),
            DailyIncidentFigures.day(dueBefore));
    if (firstDay >= endDay) {
      return assemble(scan(period.from(), period.to(), dueBefore), period);
    }
    daily.seal(firstDay, endDay);
    Set<Long> sealed = daily.sealedDays(firstDay, endDay);
    List<Object[]> combinations = new ArrayList<>(daily.rows(firstDay, endDay));
    Instant scanFrom = period.from();
    for (long day = firstDay; day < endDay; day++) {
      if (sealed.contains(day)) {
        Instant sealedFrom = DailyIncidentFigures.startOf(day);
        if (scanFrom.isBefore(sealedFrom)) {
          combinations.addAll(scan(scanFrom, sealedFrom, dueBefore));
        }
        scanFrom = DailyIncidentFigures.startOf(day + 1);
      }
    }
    if (scanFrom.isBefore(period.to())) {
      combinations.addAll(scan(scanFrom, period.to(), dueBefore));
    }
    return assemble(combinations, period);
  }

  /**
   * The same figures from a scan of every incident of the period, without the counts kept per day:
   * what {@link #figures} must equal (a test compares them), and the benchmark's baseline.
   */
  @Override
  public Figures scannedFigures(Period period) {
    AggregatePlans.withTheirValues(em);
    return assemble(scan(period.from(), period.to(), clock.instant().minus(TRIAGE_WITHIN)), period);
  }

  /**
   * One scan of the incidents reported in {@code [from, to)}: the breakdowns by type,
   * classification, involvement and status, the single counts and the triage deadline, per
   * combination of the four (a few hundred rows at most).
   */
  private List<Object[]> scan(Instant from, Instant to, Instant dueBefore) {
    return em.createQuery(
            "select i.incidentType, i.classification, i.involves, i.status, count(i),"
                + " sum(case when i.immediateRisk = true then 1 else 0 end),"
                + " sum(case when i.policyReview = true then 1 else 0 end),"
                + " sum(case when i.triagedAt is not null and i.triageDueAt is not null and i.triagedAt <= i.triageDueAt then 1 else 0 end),"
                + " sum(case when i.triagedAt is not null and i.triageDueAt is not null and i.triagedAt > i.triageDueAt then 1 else 0 end),"
                + " sum(case when i.triagedAt is null and i.reportedAt < :due then 1 else 0 end),"
                + " sum(case when i.triagedAt is null and i.reportedAt >= :due then 1 else 0 end),"
                + " count(i.triageSeconds), count(i.closeSeconds)"
                + " from Incident i where"
                + IN_PERIOD
                + " group by i.incidentType, i.classification, i.involves, i.status",
            Object[].class)
        .setParameter("due", dueBefore)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** The figures from the combinations of a scan or of the kept counts, added up here. */
  private Figures assemble(List<Object[]> combinations, Period period) {
    long[] totals = new long[9];
    Map<String, Map<String, Long>> breakdowns = new LinkedHashMap<>();
    for (Object[] row : combinations) {
      long cases = number(row[4]);
      for (int m = 0; m < BREAKDOWNS.size(); m++) {
        breakdowns
            .computeIfAbsent(BREAKDOWNS.get(m), k -> new TreeMap<>())
            .merge(category(row[m]), cases, Long::sum);
      }
      for (int k = 0; k < totals.length; k++) {
        totals[k] += number(row[4 + k]);
      }
    }
    List<Count> counts = new ArrayList<>();
    counts.add(new Count("total", "all", totals[0]));
    breakdowns.forEach(
        (measure, categories) ->
            categories.forEach((category, n) -> counts.add(new Count(measure, category, n))));
    counts.add(new Count("immediateRisk", "all", totals[1]));
    counts.add(new Count("policyReview", "all", totals[2]));
    // An incident takes an action once (unique key of inc_incident_action), so its rows count
    // incidents. Both tables keep the incident's report time (V4): a period's rows are read from
    // an index of each alone, never joined to the year's incidents.
    for (Object[] row :
        nativeRows(
            "select action, count(*) from inc_incident_action where reported_at >= ?1 and reported_at < ?2 group by action",
            period)) {
      counts.add(new Count("byActionTaken", (String) row[0], ((Number) row[1]).longValue()));
    }
    for (Object[] row :
        nativeRows(
            "select kind, count(distinct incident_id) from inc_incident_link where reported_at >= ?1 and reported_at < ?2 group by kind",
            period)) {
      counts.add(new Count("casesOpened", (String) row[0], ((Number) row[1]).longValue()));
    }

    List<Timing> timings =
        List.of(
            StepDurations.ranked(
                em,
                "timeToFirstTriage",
                "inc_incident",
                "reported_at",
                "triage_seconds",
                period,
                totals[7]),
            StepDurations.ranked(
                em,
                "timeToClose",
                "inc_incident",
                "reported_at",
                "close_seconds",
                period,
                totals[8]));

    long met = totals[3];
    long lateDone = totals[4];
    long overdue = totals[5];
    long open = totals[6];
    List<Deadline> deadlines =
        List.of(new Deadline("triageWithinOneDay", met, lateDone + overdue, open));
    return new Figures(module(), counts, timings, deadlines);
  }

  private static String category(Object key) {
    return key == null
        ? "none"
        : key instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : key.toString();
  }

  /** A sum over no rows is null. */
  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> nativeRows(String query, Period period) {
    return em.createNativeQuery(query)
        .setParameter(1, period.from())
        .setParameter(2, period.to())
        .getResultList();
  }
}
