package org.beacon.allegations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.allegations.AllegationFlowFixture.at;

import org.beacon.allegations.AllegationFlowFixture;
import org.beacon.platform.calendar.BankHolidayCalendar;
import org.junit.jupiter.api.Test;

class DeadlineRuleTest {

  private final BankHolidayCalendar calendar = AllegationFlowFixture.shippedCalendar();

  @Test
  void workingDaysSkipWeekendsAndBankHolidays() {
    DeadlineRule report = new DeadlineRule(10, DeadlineRule.Unit.WORKING_DAYS);

    // Tuesday 23 December 2025: Christmas, Boxing Day and New Year's Day are skipped.
    assertThat(report.from(at(2025, 12, 23, 10, 0), calendar)).isEqualTo(at(2026, 1, 9, 10, 0));
  }

  @Test
  void aMonthIsACalendarMonthInSchoolTimeEndingOnAWorkingDay() {
    DeadlineRule dbs = new DeadlineRule(1, DeadlineRule.Unit.MONTHS);

    // A month from 31 January 2026 is Saturday 28 February: due on Monday 2 March.
    assertThat(dbs.from(at(2026, 1, 31, 12, 0), calendar)).isEqualTo(at(2026, 3, 2, 12, 0));
    // A month from Saturday 25 April 2026 is Monday 25 May, the spring bank holiday: due on
    // Tuesday.
    assertThat(dbs.from(at(2026, 4, 25, 12, 0), calendar)).isEqualTo(at(2026, 5, 26, 12, 0));
    // Across the clocks going forward (29 March 2026): still noon.
    assertThat(dbs.from(at(2026, 3, 10, 12, 0), calendar)).isEqualTo(at(2026, 4, 10, 12, 0));
  }

  @Test
  void unitsAreReadAsTheDecisionTableWritesThem() {
    assertThat(DeadlineRule.Unit.fromLabel("working days"))
        .contains(DeadlineRule.Unit.WORKING_DAYS);
    assertThat(DeadlineRule.Unit.fromLabel("months")).contains(DeadlineRule.Unit.MONTHS);
    assertThat(DeadlineRule.Unit.fromLabel("weeks")).isEmpty();
  }
}
