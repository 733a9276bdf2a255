package org.beacon.governance.application.export;

import java.util.ArrayList;
import java.util.List;
import org.beacon.governance.application.ReportDocument;
import org.beacon.governance.domain.figures.Anonymisation;
import org.beacon.governance.domain.figures.Cell;
import org.beacon.governance.domain.figures.CountGroup;
import org.beacon.governance.domain.figures.DeadlineFigure;
import org.beacon.governance.domain.figures.ModuleFigures;
import org.beacon.governance.domain.figures.Suppression;
import org.beacon.governance.domain.figures.TimingFigure;

/**
 * A report's figures as CSV (RFC 4180): one line per published number, with the report and period
 * on every line so that the lines of several reports can be put together. Only the published
 * figures are written: a suppressed number has no value.
 */
public final class ReportCsv {

  static final String HEADER =
      "report,first_day,last_day,status,module,section,measure,category,shown,value,suppressed";

  private ReportCsv() {}

  public static String write(ReportDocument report) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    List<String> prefix =
        List.of(
            report.title(),
            report.firstDay().toString(),
            report.lastDay().toString(),
            report.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    for (ModuleFigures module : report.figures().modules()) {
      String m = module.module();
      if (module.total() != null) {
        line(csv, prefix, m, "count", Anonymisation.TOTAL, module.total());
      }
      for (CountGroup group : module.counts()) {
        if (group.withheld()) {
          row(csv, prefix, m, "count", group.measure(), "", Anonymisation.WITHHELD, "", "group");
        }
        group.cells().forEach(cell -> line(csv, prefix, m, "count", group.measure(), cell));
      }
      for (TimingFigure timing : module.timings()) {
        line(csv, prefix, m, "timing", timing.measure(), timing.cases());
        String withheld = timing.withheld() ? "few-cases" : "";
        row(
            csv,
            prefix,
            m,
            "timing",
            timing.measure(),
            "medianHours",
            hours(timing, timing.medianHours()),
            number(timing.medianHours()),
            withheld);
        row(
            csv,
            prefix,
            m,
            "timing",
            timing.measure(),
            "p90Hours",
            hours(timing, timing.p90Hours()),
            number(timing.p90Hours()),
            withheld);
      }
      for (DeadlineFigure deadline : module.deadlines()) {
        if (deadline.withheld()) {
          row(csv, prefix, m, "deadline", deadline.name(), "", Anonymisation.WITHHELD, "", "group");
        } else {
          line(csv, prefix, m, "deadline", deadline.name(), deadline.met());
          line(csv, prefix, m, "deadline", deadline.name(), deadline.missed());
          line(csv, prefix, m, "deadline", deadline.name(), deadline.open());
        }
      }
    }
    return csv.toString();
  }

  private static String hours(TimingFigure timing, Double hours) {
    return timing.withheld() ? Anonymisation.WITHHELD : hours == null ? "n/a" : hours.toString();
  }

  private static String number(Double value) {
    return value == null ? "" : value.toString();
  }

  private static void line(
      StringBuilder csv,
      List<String> prefix,
      String module,
      String section,
      String measure,
      Cell cell) {
    row(
        csv,
        prefix,
        module,
        section,
        measure,
        cell.category(),
        cell.shown(),
        cell.value() == null ? "" : cell.value().toString(),
        cell.suppression() == Suppression.NONE
            ? ""
            : cell.suppression().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static void row(StringBuilder csv, List<String> prefix, String... cells) {
    List<String> all = new ArrayList<>(prefix);
    all.addAll(List.of(cells));
    for (int i = 0; i < all.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(escape(all.get(i)));
    }
    csv.append("\r\n");
  }

  /** Quotes where needed; a cell a spreadsheet would run as a formula gets a leading apostrophe. */
  static String escape(String value) {
    String safe = value;
    if (!safe.isEmpty()
        && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0
        && !safe.matches("-?\\d+(\\.\\d+)?")) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
