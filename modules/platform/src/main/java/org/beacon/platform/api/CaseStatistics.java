package org.beacon.platform.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures a business module publishes about a period, for governor reporting. Governor
 * reporting reads other modules only through this contract, never their tables.
 *
 * <p>Figures hold no names, references or free text: a category is one of the module's fixed labels
 * (an incident type from the matrices, a classification, an outcome), never what someone typed.
 * Anonymising small numbers is the reader's job; a module reports exact counts.
 *
 * <p>Implementations are CDI beans; they compute figures by aggregate queries in the database.
 */
public interface CaseStatistics {

  /** The module's name, e.g. {@code incidents}. */
  String module();

  /** Figures for cases reported (raised) within the period. */
  Figures figures(Period period);

  /**
   * The same figures computed from every case of the period, without any figures a module keeps
   * ahead (such as counts per day): for the test that compares both, and the benchmark's baseline.
   * A module that keeps nothing ahead computes them the one way.
   */
  default Figures scannedFigures(Period period) {
    return figures(period);
  }

  /**
   * A reporting period.
   *
   * @param from first instant included
   * @param to first instant after the period
   */
  record Period(Instant from, Instant to) {
    public Period {
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException("A period must end after it starts");
      }
    }
  }

  /**
   * A module's figures for a period.
   *
   * @param module the module
   * @param counts how many cases fall in each category of each measure
   * @param timings how long steps took
   * @param deadlines statutory and local deadlines met and missed
   */
  @Schema(name = "CaseFigures", description = "A module's figures for a period, before suppression")
  record Figures(
      String module, List<Count> counts, List<Timing> timings, List<Deadline> deadlines) {
    public Figures {
      counts = List.copyOf(counts);
      timings = List.copyOf(timings);
      deadlines = List.copyOf(deadlines);
    }
  }

  /**
   * A count.
   *
   * @param measure what is counted, e.g. {@code byType}, {@code byClassification}, {@code total}
   * @param category a fixed label, e.g. {@code inappropriate}; {@code all} for totals
   * @param value how many
   */
  record Count(String measure, String category, long value) {}

  /**
   * How long a step took across the cases that reached it.
   *
   * @param measure e.g. {@code timeToFirstTriage}, {@code timeToClose}
   * @param cases how many cases reached the step
   * @param medianHours the median, null when no case reached it
   * @param p90Hours the 90th percentile, null when no case reached it
   */
  record Timing(String measure, long cases, Double medianHours, Double p90Hours) {}

  /**
   * A deadline across the cases it applied to.
   *
   * @param name e.g. {@code triageWithinOneDay}, {@code ladoReferralWithinOneWorkingDay}
   * @param met done by the deadline
   * @param missed done late, or not done and already overdue
   * @param open not done and not yet due
   */
  @Schema(name = "CaseDeadline", description = "How often a deadline was met, missed or is open")
  record Deadline(String name, long met, long missed, long open) {}
}
