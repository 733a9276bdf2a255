package org.beacon.governance.application.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.beacon.governance.application.ReportDocument;
import org.beacon.governance.domain.figures.Anonymisation;
import org.beacon.governance.domain.figures.PublishedFigures;
import org.beacon.governance.domain.report.ReportKind;
import org.beacon.governance.domain.report.ReportStatus;
import org.beacon.platform.api.CaseStatistics.Count;
import org.beacon.platform.api.CaseStatistics.Deadline;
import org.beacon.platform.api.CaseStatistics.Figures;
import org.beacon.platform.api.CaseStatistics.Timing;

/** An acknowledged autumn report with a small number, a withheld one, times and a deadline. */
final class ExportFixtures {

  static final String SITES = "Unauthorised use of non-educational sites during lessons";
  static final String GAMES = "Unauthorised use of online gaming / gambling sites";

  private ExportFixtures() {}

  static ReportDocument acknowledgedAutumnReport() {
    PublishedFigures figures =
        new PublishedFigures(
            List.of(
                Anonymisation.publish(
                    new Figures(
                        "incidents",
                        List.of(
                            new Count("total", "all", 13),
                            new Count("byType", SITES, 6),
                            new Count("byType", GAMES, 5),
                            new Count("byType", "other", 2),
                            new Count("byClassification", "inappropriate", 13),
                            new Count("byActionTaken", "Warning", 9)),
                        List.of(
                            new Timing("timeToFirstTriage", 13, 2.25, 20.0),
                            new Timing("timeToClose", 3, 30.0, 40.0)),
                        List.of(new Deadline("triageWithinOneDay", 13, 0, 0))))));
    return new ReportDocument(
        12,
        "REPORT-12",
        ReportKind.TERM,
        "Autumn term 2026",
        Instant.parse("2026-07-22T23:00:00Z"),
        Instant.parse("2026-12-20T00:00:00Z"),
        LocalDate.of(2026, 7, 23),
        LocalDate.of(2026, 12, 19),
        ReportStatus.ACKNOWLEDGED,
        1,
        Instant.parse("2026-12-20T06:00:00Z"),
        "Fewer incidents than last term; gaming sites are a new trend.",
        Instant.parse("2026-12-21T09:00:00Z"),
        null,
        Instant.parse("2026-12-22T09:00:00Z"),
        "Thank you.",
        Instant.parse("2027-01-10T18:00:00Z"),
        figures);
  }
}
