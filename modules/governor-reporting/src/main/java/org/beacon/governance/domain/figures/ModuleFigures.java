package org.beacon.governance.domain.figures;

import java.util.List;

/**
 * One module's figures for a period, anonymised: what governors may read.
 *
 * @param module the module, e.g. {@code incidents}
 * @param total how many cases, or null when the module publishes no total
 * @param counts the breakdowns, in the module's order
 * @param timings how long steps took
 * @param deadlines deadlines met and missed
 */
public record ModuleFigures(
    String module,
    Cell total,
    List<CountGroup> counts,
    List<TimingFigure> timings,
    List<DeadlineFigure> deadlines) {
  public ModuleFigures {
    counts = List.copyOf(counts);
    timings = List.copyOf(timings);
    deadlines = List.copyOf(deadlines);
  }
}
