package org.beacon.governance.domain.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beacon.governance.domain.figures.Anonymisation;
import org.beacon.governance.domain.figures.Cell;
import org.beacon.governance.domain.figures.CountGroup;
import org.beacon.governance.domain.figures.DeadlineFigure;
import org.beacon.governance.domain.figures.ModuleFigures;
import org.beacon.governance.domain.figures.PublishedFigures;
import org.beacon.governance.domain.figures.Suppression;
import org.beacon.governance.domain.figures.TimingFigure;
import org.beacon.governance.domain.report.ReportLine.Section;

/** Published figures as the lines a report stores, and back. */
public final class ReportLines {

  /** The category of the line that stands for a whole breakdown withheld. */
  static final String WHOLE = "*";

  static final String GROUP = "group";
  static final String FEW_CASES = "few-cases";
  static final String CASES = "cases";
  static final String MEDIAN = "medianHours";
  static final String P90 = "p90Hours";

  /** What a time shows when no case reached the step. */
  public static final String NO_CASES = "n/a";

  private ReportLines() {}

  public static List<ReportLine> of(PublishedFigures figures) {
    List<ReportLine> lines = new ArrayList<>();
    for (ModuleFigures module : figures.modules()) {
      String m = module.module();
      if (module.total() != null) {
        lines.add(line(m, Section.TOTAL, Anonymisation.TOTAL, module.total()));
      }
      for (CountGroup group : module.counts()) {
        if (group.withheld()) {
          lines.add(
              new ReportLine(
                  m,
                  Section.COUNT,
                  group.measure(),
                  WHOLE,
                  null,
                  null,
                  Anonymisation.WITHHELD,
                  GROUP));
        }
        group.cells().forEach(cell -> lines.add(line(m, Section.COUNT, group.measure(), cell)));
      }
      for (TimingFigure timing : module.timings()) {
        lines.add(line(m, Section.TIMING, timing.measure(), timing.cases()));
        lines.add(hours(m, timing, MEDIAN, timing.medianHours()));
        lines.add(hours(m, timing, P90, timing.p90Hours()));
      }
      for (DeadlineFigure deadline : module.deadlines()) {
        if (deadline.withheld()) {
          lines.add(
              new ReportLine(
                  m,
                  Section.DEADLINE,
                  deadline.name(),
                  WHOLE,
                  null,
                  null,
                  Anonymisation.WITHHELD,
                  GROUP));
        } else {
          lines.add(line(m, Section.DEADLINE, deadline.name(), deadline.met()));
          lines.add(line(m, Section.DEADLINE, deadline.name(), deadline.missed()));
          lines.add(line(m, Section.DEADLINE, deadline.name(), deadline.open()));
        }
      }
    }
    return lines;
  }

  public static PublishedFigures figures(List<ReportLine> lines) {
    Map<String, ModuleBuilder> modules = new LinkedHashMap<>();
    for (ReportLine line : lines) {
      ModuleBuilder module = modules.computeIfAbsent(line.module(), ModuleBuilder::new);
      switch (line.section()) {
        case TOTAL -> module.total = cell(line);
        case COUNT -> {
          GroupBuilder group =
              module.groups.computeIfAbsent(line.measure(), k -> new GroupBuilder());
          if (WHOLE.equals(line.category())) {
            group.withheld = true;
          } else {
            group.cells.add(cell(line));
          }
        }
        case TIMING -> {
          TimingBuilder timing =
              module.timings.computeIfAbsent(line.measure(), k -> new TimingBuilder());
          switch (line.category()) {
            case CASES -> timing.cases = cell(line);
            case MEDIAN -> {
              timing.median = line.hours();
              timing.withheld = FEW_CASES.equals(line.suppression());
            }
            case P90 -> timing.p90 = line.hours();
            default -> throw new IllegalStateException("Unknown timing line " + line.category());
          }
        }
        case DEADLINE ->
            module.deadlines.computeIfAbsent(line.measure(), k -> new ArrayList<>()).add(line);
      }
    }
    return new PublishedFigures(modules.values().stream().map(ModuleBuilder::build).toList());
  }

  private static ReportLine line(String module, Section section, String measure, Cell cell) {
    return new ReportLine(
        module,
        section,
        measure,
        cell.category(),
        cell.value(),
        null,
        cell.shown(),
        cell.suppression() == Suppression.NONE
            ? null
            : cell.suppression().name().toLowerCase(Locale.ROOT));
  }

  private static ReportLine hours(String module, TimingFigure timing, String which, Double hours) {
    String shown =
        timing.withheld() ? Anonymisation.WITHHELD : hours == null ? NO_CASES : hours.toString();
    return new ReportLine(
        module,
        Section.TIMING,
        timing.measure(),
        which,
        null,
        hours,
        shown,
        timing.withheld() ? FEW_CASES : null);
  }

  private static Cell cell(ReportLine line) {
    Suppression suppression =
        line.suppression() == null
            ? Suppression.NONE
            : Suppression.valueOf(line.suppression().toUpperCase(Locale.ROOT));
    return new Cell(line.category(), line.countValue(), line.shown(), suppression);
  }

  private static final class ModuleBuilder {
    final String module;
    Cell total;
    final Map<String, GroupBuilder> groups = new LinkedHashMap<>();
    final Map<String, TimingBuilder> timings = new LinkedHashMap<>();
    final Map<String, List<ReportLine>> deadlines = new LinkedHashMap<>();

    ModuleBuilder(String module) {
      this.module = module;
    }

    ModuleFigures build() {
      List<CountGroup> counts = new ArrayList<>();
      groups.forEach(
          (measure, g) ->
              counts.add(new CountGroup(measure, g.withheld, g.withheld ? List.of() : g.cells)));
      List<TimingFigure> timingFigures = new ArrayList<>();
      timings.forEach(
          (measure, t) ->
              timingFigures.add(new TimingFigure(measure, t.cases, t.median, t.p90, t.withheld)));
      List<DeadlineFigure> deadlineFigures = new ArrayList<>();
      deadlines.forEach(
          (name, rows) -> {
            if (rows.size() == 1 && WHOLE.equals(rows.get(0).category())) {
              deadlineFigures.add(new DeadlineFigure(name, null, null, null, true));
            } else {
              deadlineFigures.add(
                  new DeadlineFigure(
                      name, cell(rows.get(0)), cell(rows.get(1)), cell(rows.get(2)), false));
            }
          });
      return new ModuleFigures(module, total, counts, timingFigures, deadlineFigures);
    }
  }

  private static final class GroupBuilder {
    boolean withheld;
    final List<Cell> cells = new ArrayList<>();
  }

  private static final class TimingBuilder {
    Cell cases;
    Double median;
    Double p90;
    boolean withheld;
  }
}
