package org.beacon.platform.api;

import jakarta.persistence.EntityManager;
import org.beacon.platform.api.CaseStatistics.Period;
import org.beacon.platform.api.CaseStatistics.Timing;

/**
 * How long a step took across a module's cases, for {@link CaseStatistics}: the median and 90th
 * percentile (nearest rank) in hours, found by the database, which sorts the durations and returns
 * one row per percentile; no entity is loaded.
 */
public final class StepDurations {

  private StepDurations() {}

  /**
   * @param em the module's entity manager
   * @param measure the timing's name, e.g. {@code timeToClose}
   * @param entity the entity and its alias, e.g. {@code Incident i}
   * @param start when the clock starts, e.g. {@code i.reportedAt}; the period selects on it
   * @param end when the step ended, e.g. {@code i.closedAt}; cases without it are not counted
   * @param period the cases' period
   */
  public static Timing measure(
      EntityManager em, String measure, String entity, String start, String end, Period period) {
    String where =
        " from " + entity + " where " + end + " is not null and " + start + " >= :from and " + start + " < :to";
    long cases =
        em.createQuery("select count(*)" + where, Long.class)
            .setParameter("from", period.from())
            .setParameter("to", period.to())
            .getSingleResult();
    if (cases == 0) {
      return new Timing(measure, 0, null, null);
    }
    String durations = "select (" + end + " - " + start + ") by second" + where + " order by 1";
    return new Timing(
        measure,
        cases,
        hoursAt(em, durations, rank(cases, 0.5), period),
        hoursAt(em, durations, rank(cases, 0.9), period));
  }

  /** The zero-based index of a percentile by the nearest-rank method. */
  static int rank(long cases, double percentile) {
    return (int) Math.max(0, Math.ceil(percentile * cases) - 1);
  }

  private static Double hoursAt(EntityManager em, String query, int index, Period period) {
    Number seconds =
        em.createQuery(query, Number.class)
            .setParameter("from", period.from())
            .setParameter("to", period.to())
            .setFirstResult(index)
            .setMaxResults(1)
            .getSingleResult();
    return seconds.doubleValue() / 3600.0;
  }
}
