package org.beacon.governance.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.beacon.governance.domain.figures.Anonymisation;
import org.beacon.governance.domain.figures.PublishedFigures;
import org.beacon.platform.api.CaseStatistics.Count;
import org.beacon.platform.api.CaseStatistics.Deadline;
import org.beacon.platform.api.CaseStatistics.Figures;
import org.beacon.platform.api.CaseStatistics.Timing;
import org.junit.jupiter.api.Test;

class GovernorReportTest {

  private static final Instant FROM = Instant.parse("2026-09-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-12-19T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-12-20T06:00:00Z");

  @Test
  void theStoredLinesGiveBackTheFiguresAsPublished() {
    PublishedFigures published = figures(13, 6, 5, 2);

    List<ReportLine> lines = ReportLines.of(published);

    assertThat(ReportLines.figures(lines)).isEqualTo(published);
    assertThat(lines)
        .as("a suppressed number is not stored")
        .noneMatch(l -> Long.valueOf(2).equals(l.countValue()));
  }

  @Test
  void aWithheldBreakdownAndWithheldTimesSurviveStorage() {
    PublishedFigures published =
        new PublishedFigures(
            List.of(
                Anonymisation.publish(
                    new Figures(
                        "incidents",
                        List.of(
                            new Count("total", "all", 7),
                            new Count("byType", "a", 5),
                            new Count("byType", "b", 1),
                            new Count("byType", "c", 1)),
                        List.of(
                            new Timing("timeToClose", 2, 5.0, 6.0),
                            new Timing("timeToFirstTriage", 0, null, null)),
                        List.of(new Deadline("triageWithinOneDay", 5, 1, 1))))));

    assertThat(ReportLines.figures(ReportLines.of(published))).isEqualTo(published);
  }

  @Test
  void aReportGoesThroughItsStatesAndOnceAcknowledgedNothingChanges() {
    GovernorReport report =
        new GovernorReport(
            ReportKind.TERM,
            "2026-autumn",
            "Autumn term 2026",
            FROM,
            TO,
            null,
            NOW,
            figures(13, 6, 5, 2));
    report.refresh(figures(14, 7, 5, 2), NOW);
    assertThat(report.revision()).isEqualTo(2);

    report.writeCommentary("Quiet", "dsl", NOW);
    assertThatThrownBy(() -> report.refresh(figures(15, 8, 5, 2), NOW))
        .isInstanceOf(ReportStateException.class);
    report.returnToDsl("Add the trend", "head", NOW);
    report.writeCommentary("Quiet; fewer than last term", "dsl", NOW);
    report.approve(null, "head", NOW);
    assertThat(report.status()).isEqualTo(ReportStatus.AWAITING_ACKNOWLEDGEMENT);
    report.acknowledge("Thank you", "governor", NOW);

    assertThat(report.acknowledged()).isTrue();
    PublishedFigures frozen = report.figures();
    assertThatThrownBy(() -> report.refresh(figures(20, 10, 8, 2), NOW))
        .isInstanceOf(ReportStateException.class);
    assertThatThrownBy(() -> report.writeCommentary("Changed", "dsl", NOW))
        .isInstanceOf(ReportStateException.class);
    assertThatThrownBy(() -> report.acknowledge("Again", "governor", NOW))
        .isInstanceOf(ReportStateException.class);
    assertThat(report.figures()).isEqualTo(frozen);
    assertThat(report.commentary()).isEqualTo("Quiet; fewer than last term");
  }

  private static PublishedFigures figures(long total, long sites, long games, long other) {
    return new PublishedFigures(
        List.of(
            Anonymisation.publish(
                new Figures(
                    "incidents",
                    List.of(
                        new Count("total", "all", total),
                        new Count("byType", "Sites", sites),
                        new Count("byType", "Games", games),
                        new Count("byType", "other", other)),
                    List.of(new Timing("timeToClose", total, 30.0, 80.0)),
                    List.of(new Deadline("triageWithinOneDay", total, 0, 0))))));
  }
}
