package org.beacon.platform.api;

import jakarta.persistence.EntityManager;
import org.beacon.platform.api.CaseStatistics.Period;
import org.beacon.platform.api.CaseStatistics.Timing;

/**
 * How long a step took across a module's cases, for {@link CaseStatistics}: the median and 90th
 * percentile (nearest rank) in hours, found by the database in one aggregate query
 * ({@code percentile_disc}); no entity is loaded.
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
    String duration = "(" + end + " - " + start + ") by second";
    // One pass: the count and both percentiles from one sort (percentile_disc is the nearest rank),
    // rather than a count and a sorted scan per percentile.
    Object[] row =
        em.createQuery(
                "select count(*),"
                    + " percentile_disc(0.5) within group (order by " + duration + "),"
                    + " percentile_disc(0.9) within group (order by " + duration + ")"
                    + " from " + entity + " where " + end + " is not null and " + start + " >= :from and " + start + " < :to",
                Object[].class)
            .setParameter("from", period.from())
            .setParameter("to", period.to())
            .getSingleResult();
    long cases = ((Number) row[0]).longValue();
    if (cases == 0) {
      return new Timing(measure, 0, null, null);
    }
    return new Timing(measure, cases, hours(row[1]), hours(row[2]));
  }

  private static Double hours(Object seconds) {
    return seconds == null ? null : ((Number) seconds).doubleValue() / 3600.0;
  }

  /** The zero-based index of a percentile by the nearest-rank method. */
  static int rank(long cases, double percentile) {
    return (int) Math.max(0, Math.ceil(percentile * cases) - 1);
  }
}
