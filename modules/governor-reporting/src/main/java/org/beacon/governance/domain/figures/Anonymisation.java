package org.beacon.governance.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beacon.platform.api.CaseStatistics.Count;
import org.beacon.platform.api.CaseStatistics.Deadline;
import org.beacon.platform.api.CaseStatistics.Figures;
import org.beacon.platform.api.CaseStatistics.Timing;

/**
 * The one rule by which a module's exact figures become figures governors may read.
 *
 * <ol>
 *   <li><b>Small numbers.</b> A count from 1 to 4 is shown as "fewer than 5"; 0 and 5 or more are
 *       shown as they are. The module's total follows the same rule.
 *   <li><b>Secondary suppression.</b> A breakdown whose categories add up to a total the module
 *       publishes (a count of category {@code all}: incidents' {@code total}, or a sub-total such
 *       as filtering's {@code reports}), like incidents by type, by classification, or a deadline's
 *       met/missed/open, could give a suppressed cell away by subtraction. So, as long as any
 *       suppressed cell of such a breakdown can be worked out exactly from the total and the cells
 *       shown (a reader knows that a "fewer than 5" is 1 to 4 and a "withheld" is 5 or more), the
 *       smallest cell still shown is withheld as well. With exactly one small cell that always
 *       withholds the next smallest.
 *   <li><b>Whole breakdown.</b> If that runs out of cells to withhold, the breakdown is withheld as
 *       a whole.
 *   <li><b>Timings</b> of fewer than 5 cases are withheld; their number of cases is a count as
 *       above.
 * </ol>
 *
 * Totals are never rounded: a breakdown with nothing suppressed adds up to the total anyway, so a
 * rounded total would hide nothing. Categories are listed alphabetically, so their order says
 * nothing about the size of a suppressed one. Other inference, across measures or between
 * overlapping periods, is not modelled; it is the reason governors ask for whole months only.
 */
public final class Anonymisation {

  /** The smallest count shown as a number (apart from 0). */
  public static final int THRESHOLD = 5;

  public static final String FEWER_THAN_FIVE = "fewer than 5";
  public static final String WITHHELD = "withheld";

  /**
   * The measure of a module's number of cases (category {@code all}), by the platform's contract.
   */
  public static final String TOTAL = "total";

  /** The category of a count that stands for all cases of a measure. */
  public static final String ALL = "all";

  private Anonymisation() {}

  /** A module's exact figures, anonymised. */
  public static ModuleFigures publish(Figures figures) {
    Long exactTotal =
        figures.counts().stream()
            .filter(c -> TOTAL.equals(c.measure()))
            .map(Count::value)
            .findFirst()
            .orElse(null);
    Cell total = exactTotal == null ? null : primary(ALL, exactTotal);

    Map<String, List<Count>> byMeasure = new LinkedHashMap<>();
    for (Count count : figures.counts()) {
      if (!TOTAL.equals(count.measure())) {
        byMeasure.computeIfAbsent(count.measure(), m -> new ArrayList<>()).add(count);
      }
    }
    // Every total a reader sees: the module's, and each one-cell measure of category "all".
    List<Long> totals = new ArrayList<>();
    if (exactTotal != null) {
      totals.add(exactTotal);
    }
    byMeasure.values().stream()
        .filter(counts -> counts.size() == 1 && ALL.equals(counts.get(0).category()))
        .forEach(counts -> totals.add(counts.get(0).value()));

    List<CountGroup> groups = new ArrayList<>();
    byMeasure.forEach(
        (measure, counts) -> {
          List<Count> sorted =
              counts.stream()
                  .sorted(
                      Comparator.comparing((Count c) -> c.category().toLowerCase(Locale.ROOT))
                          .thenComparing(Count::category))
                  .toList();
          List<Long> values = sorted.stream().map(Count::value).toList();
          Protected cells =
              protect(
                  sorted.stream().map(Count::category).toList(), values, totalOf(values, totals));
          groups.add(new CountGroup(measure, cells.withheld(), cells.cells()));
        });

    List<TimingFigure> timings = figures.timings().stream().map(Anonymisation::timing).toList();
    List<DeadlineFigure> deadlines =
        figures.deadlines().stream().map(d -> deadline(d, totals)).toList();
    return new ModuleFigures(figures.module(), total, groups, timings, deadlines);
  }

  /**
   * The published total these cells add up to, if any: then they are a breakdown of it, and a
   * reader could subtract.
   */
  static Long totalOf(List<Long> values, List<Long> totals) {
    long sum = values.stream().mapToLong(Long::longValue).sum();
    return totals.contains(sum) ? sum : null;
  }

  /** The small-number rule for one count on its own. */
  public static Cell primary(String category, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("A count cannot be negative: " + category + " = " + value);
    }
    return value > 0 && value < THRESHOLD ? Cell.small(category) : Cell.exact(category, value);
  }

  private static TimingFigure timing(Timing timing) {
    Cell cases = primary("cases", timing.cases());
    boolean few = timing.cases() > 0 && timing.cases() < THRESHOLD;
    return new TimingFigure(
        timing.measure(),
        cases,
        few ? null : oneDecimal(timing.medianHours()),
        few ? null : oneDecimal(timing.p90Hours()),
        few);
  }

  private static DeadlineFigure deadline(Deadline deadline, List<Long> totals) {
    List<Long> values = List.of(deadline.met(), deadline.missed(), deadline.open());
    Protected cells = protect(List.of("met", "missed", "open"), values, totalOf(values, totals));
    if (cells.withheld()) {
      return new DeadlineFigure(deadline.name(), null, null, null, true);
    }
    return new DeadlineFigure(
        deadline.name(), cells.cells().get(0), cells.cells().get(1), cells.cells().get(2), false);
  }

  /** The cells of a breakdown, or {@code withheld} with no cells. */
  record Protected(List<Cell> cells, boolean withheld) {}

  /**
   * Applies the rule to one breakdown.
   *
   * @param categories the labels, in the order to publish them
   * @param values the exact counts, same order
   * @param exactTotal the module's exact total, or null when it has none
   */
  static Protected protect(List<String> categories, List<Long> values, Long exactTotal) {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      cells.add(primary(categories.get(i), values.get(i)));
    }
    long sum = values.stream().mapToLong(Long::longValue).sum();
    if (exactTotal == null || sum != exactTotal) {
      // Not a partition of the total: subtraction gives nothing away.
      return new Protected(cells, false);
    }
    Bounds total = Bounds.ofShown(exactTotal);
    while (anyCanBeWorkedOut(cells, values, total)) {
      int next = smallestShown(cells, values);
      if (next < 0) {
        return new Protected(List.of(), true);
      }
      cells.set(next, Cell.secondary(cells.get(next).category()));
    }
    return new Protected(cells, false);
  }

  /** What a reader knows of a number: it lies between {@code low} and {@code high}. */
  record Bounds(long low, long high) {
    static Bounds ofShown(long value) {
      return value > 0 && value < THRESHOLD
          ? new Bounds(1, THRESHOLD - 1)
          : new Bounds(value, value);
    }
  }

  /**
   * Whether a reader who knows the total (within its bounds), every cell shown, and that each
   * "fewer than 5" is 1 to 4 and each "withheld" at least 5, can pin down any suppressed cell. With
   * one equation (the cells add up to the total) and a range for each unknown, the values a cell
   * can take are exactly the range below; a cell is given away when that range is one number.
   */
  static boolean anyCanBeWorkedOut(List<Cell> cells, List<Long> values, Bounds total) {
    long shown = 0;
    List<Bounds> unknown = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      switch (cell.suppression()) {
        case NONE -> shown += values.get(i);
        case SMALL -> unknown.add(new Bounds(1, THRESHOLD - 1));
        case SECONDARY -> unknown.add(new Bounds(THRESHOLD, total.high()));
      }
    }
    if (unknown.isEmpty()) {
      return false;
    }
    long restLow = total.low() - shown;
    long restHigh = total.high() - shown;
    long sumLow = unknown.stream().mapToLong(Bounds::low).sum();
    long sumHigh = unknown.stream().mapToLong(Bounds::high).sum();
    for (Bounds cell : unknown) {
      long low = Math.max(cell.low(), restLow - (sumHigh - cell.high()));
      long high = Math.min(cell.high(), restHigh - (sumLow - cell.low()));
      if (low >= high) {
        return true;
      }
    }
    return false;
  }

  /** The index of the smallest non-zero cell still shown (ties: first in order), or -1. */
  private static int smallestShown(List<Cell> cells, List<Long> values) {
    int best = -1;
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).suppressed()
          && values.get(i) > 0
          && (best < 0 || values.get(i) < values.get(best))) {
        best = i;
      }
    }
    return best;
  }

  private static Double oneDecimal(Double hours) {
    return hours == null
        ? null
        : BigDecimal.valueOf(hours).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }
}
