package org.beacon.governance.domain.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.beacon.governance.domain.report.ReportKind;
import org.junit.jupiter.api.Test;

class TermDatesTest {

  private final TermDates defaults = TermDates.defaults();

  @Test
  void theDayAfterATermEndsItsReportIsDueCoveringTheDaysSinceThePreviousTermEnded() {
    assertThat(defaults.dueOn(LocalDate.of(2026, 12, 19))).as("on the last day of term").isEmpty();

    assertThat(defaults.dueOn(LocalDate.of(2026, 12, 20)))
        .containsExactly(
            new ScheduledReport(
                "2026-autumn",
                ReportKind.TERM,
                "Autumn term 2026",
                LocalDate.of(2026, 7, 23),
                LocalDate.of(2026, 12, 19)));
  }

  @Test
  void theEndOfTheSummerTermAlsoBringsTheAnnualReport() {
    assertThat(defaults.dueOn(LocalDate.of(2027, 7, 23)))
        .containsExactly(
            new ScheduledReport(
                "2027-summer",
                ReportKind.TERM,
                "Summer term 2027",
                LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 7, 22)),
            new ScheduledReport(
                "2027-annual",
                ReportKind.ANNUAL,
                "Annual report 2026–27",
                LocalDate.of(2026, 7, 23),
                LocalDate.of(2027, 7, 22)));
  }

  @Test
  void aReportStaysDueForFourWeeksSoAServerThatWasDownStillDrawsItUp() {
    assertThat(defaults.dueOn(LocalDate.of(2027, 1, 16)))
        .extracting(ScheduledReport::key)
        .containsExactly("2026-autumn");
    assertThat(defaults.dueOn(LocalDate.of(2027, 1, 17))).isEmpty();
  }

  @Test
  void aDateOfOneYearReplacesTheUsualEndOfThatTermThatYear() {
    TermDates dates =
        TermDates.parse("autumn=12-19, spring=03-31, spring=2027-03-26, summer=07-22", "summer");

    assertThat(dates.dueOn(LocalDate.of(2027, 3, 27)))
        .containsExactly(
            new ScheduledReport(
                "2027-spring",
                ReportKind.TERM,
                "Spring term 2027",
                LocalDate.of(2026, 12, 20),
                LocalDate.of(2027, 3, 26)));
    assertThat(dates.dueOn(LocalDate.of(2027, 4, 1)))
        .extracting(ScheduledReport::key)
        .containsExactly("2027-spring");
    assertThat(dates.dueOn(LocalDate.of(2027, 7, 23)).get(0).firstDay())
        .isEqualTo(LocalDate.of(2027, 3, 27));
    assertThat(dates.dueOn(LocalDate.of(2028, 4, 1)))
        .extracting(ScheduledReport::lastDay)
        .containsExactly(LocalDate.of(2028, 3, 31));
  }

  @Test
  void schoolsWithSixTermsNameThemAsTheyLike() {
    TermDates six =
        TermDates.parse(
            "term1=10-23,term2=12-19,term3=02-13,term4=03-27,term5=05-22,term6=07-22", "term6");

    assertThat(six.dueOn(LocalDate.of(2026, 10, 24)))
        .containsExactly(
            new ScheduledReport(
                "2026-term1",
                ReportKind.TERM,
                "Term1 2026",
                LocalDate.of(2026, 7, 23),
                LocalDate.of(2026, 10, 23)));
    assertThat(six.dueOn(LocalDate.of(2027, 7, 23)))
        .extracting(ScheduledReport::kind)
        .containsExactly(ReportKind.TERM, ReportKind.ANNUAL);
  }

  @Test
  void aWrongSettingSaysWhatIsWrong() {
    assertThatThrownBy(() -> TermDates.parse("autumn=19-12", "autumn"))
        .hasMessageContaining("autumn=19-12");
    assertThatThrownBy(() -> TermDates.parse("autumn", "autumn"))
        .hasMessageContaining("term=MM-DD");
    assertThatThrownBy(() -> TermDates.parse("autumn=12-19", "summer"))
        .hasMessageContaining("summer");
    assertThatThrownBy(() -> TermDates.parse("autumn=2026-12-18", "autumn"))
        .hasMessageContaining("usual end");
  }
}
