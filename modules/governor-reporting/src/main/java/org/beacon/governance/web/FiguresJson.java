package org.beacon.governance.web;

import java.util.List;
import java.util.Locale;
import org.beacon.governance.application.FigureLabels;
import org.beacon.governance.domain.figures.Cell;
import org.beacon.governance.domain.figures.CountGroup;
import org.beacon.governance.domain.figures.DeadlineFigure;
import org.beacon.governance.domain.figures.ModuleFigures;
import org.beacon.governance.domain.figures.PublishedFigures;
import org.beacon.governance.domain.figures.Suppression;
import org.beacon.governance.domain.figures.TimingFigure;

/**
 * Anonymised figures as JSON, the numbers the governors' dashboard charts.
 *
 * @param modules one entry per module that publishes statistics
 * @param rule how to read suppressed numbers
 */
public record FiguresJson(List<ModuleJson> modules, String rule) {

  static final String RULE =
      "Counts from 1 to 4 are shown as \"fewer than 5\". Where a small count could be worked out from the total and"
          + " the counts beside it, the next smallest count is \"withheld\" too, or the whole breakdown. Times are"
          + " withheld when fewer than 5 cases reached the step. No names, references or free text are reported.";

  /**
   * @param label what governors read for the module
   * @param total the number of cases in the period
   */
  public record ModuleJson(
      String module,
      String label,
      CellJson total,
      List<GroupJson> counts,
      List<TimingJson> timings,
      List<DeadlineJson> deadlines) {}

  /**
   * @param value the number; absent when it is not shown
   * @param shown the text to show
   * @param suppressed small (1 to 4) or secondary (withheld to protect a small one); absent when
   *     shown
   */
  public record CellJson(String category, Long value, String shown, String suppressed) {}

  /**
   * @param withheld the whole breakdown is withheld; then there are no cells
   */
  public record GroupJson(String measure, String label, boolean withheld, List<CellJson> cells) {}

  /**
   * @param withheld fewer than 5 cases: no times
   */
  public record TimingJson(
      String measure,
      String label,
      CellJson cases,
      Double medianHours,
      Double p90Hours,
      boolean withheld) {}

  /**
   * @param withheld the breakdown is withheld; then met, missed and open are absent
   */
  public record DeadlineJson(
      String name, String label, CellJson met, CellJson missed, CellJson open, boolean withheld) {}

  static FiguresJson of(PublishedFigures figures) {
    return new FiguresJson(figures.modules().stream().map(FiguresJson::module).toList(), RULE);
  }

  private static ModuleJson module(ModuleFigures m) {
    return new ModuleJson(
        m.module(),
        FigureLabels.module(m.module()),
        cell(m.total()),
        m.counts().stream().map(FiguresJson::group).toList(),
        m.timings().stream().map(FiguresJson::timing).toList(),
        m.deadlines().stream().map(FiguresJson::deadline).toList());
  }

  private static GroupJson group(CountGroup g) {
    return new GroupJson(
        g.measure(),
        FigureLabels.measure(g.measure()),
        g.withheld(),
        g.cells().stream().map(FiguresJson::cell).toList());
  }

  private static TimingJson timing(TimingFigure t) {
    return new TimingJson(
        t.measure(),
        FigureLabels.measure(t.measure()),
        cell(t.cases()),
        t.medianHours(),
        t.p90Hours(),
        t.withheld());
  }

  private static DeadlineJson deadline(DeadlineFigure d) {
    return new DeadlineJson(
        d.name(),
        FigureLabels.measure(d.name()),
        cell(d.met()),
        cell(d.missed()),
        cell(d.open()),
        d.withheld());
  }

  static CellJson cell(Cell cell) {
    if (cell == null) {
      return null;
    }
    return new CellJson(
        cell.category(),
        cell.value(),
        cell.shown(),
        cell.suppression() == Suppression.NONE
            ? null
            : cell.suppression().name().toLowerCase(Locale.ROOT));
  }
}
