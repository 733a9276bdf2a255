package org.beacon.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.beacon.platform.api.RetentionSchedule;
import org.beacon.platform.api.RetentionSchedule.Basis;
import org.beacon.platform.api.RetentionSchedule.Facts;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the shipped retention schedule, evaluated by the engine as Beacon evaluates it. */
@Deployment(resources = "bpmn/platform/RetentionSchedule.dmn")
class RetentionScheduleProcessTest {

  @RegisterExtension ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  private static final LocalDate RAISED = LocalDate.of(2026, 3, 2);
  private static final LocalDate CLOSED = LocalDate.of(2026, 6, 30);

  private RetentionSchedule schedule;

  @BeforeEach
  void setUp() {
    schedule = new DmnRetentionSchedule(extension.getProcessEngine().getDecisionService());
  }

  @ParameterizedTest(name = "{0}: born {1}, pension age {2} -> {3}")
  @CsvSource({
    // Born 1990, pension at 67 in 2057: later than ten years from the allegation.
    "substantiated, 1990-08-15, 67, 2057-08-15",
    "unsubstantiated, 1990-08-15, 67, 2057-08-15",
    // Born 1960: ten years from the allegation (2036) is later than pension age (2026).
    "unfounded, 1960-01-01, 66, 2036-03-02"
  })
  void allegationsAreKeptToPensionAgeOrTenYearsWhicheverIsLater(
      String outcome, LocalDate born, int pensionAge, LocalDate until) {
    assertThat(
            schedule.keepUntil("allegation", outcome, new Facts(RAISED, CLOSED, born, pensionAge)))
        .contains(until);
    assertThat(schedule.rule("allegation", outcome).orElseThrow().source()).contains("KCSIE");
  }

  @Test
  void anAllegationWithoutADateOfBirthHasNoDateYet() {
    assertThat(
            schedule.keepUntil("allegation", "substantiated", new Facts(RAISED, CLOSED, null, 67)))
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"malicious", "false"})
  void maliciousOrFalseAllegationsGoWhenTheCaseCloses(String outcome) {
    assertThat(schedule.rule("allegation", outcome).orElseThrow().basis())
        .isEqualTo(Basis.WHEN_CLOSED);
    assertThat(schedule.keepUntil("allegation", outcome, new Facts(RAISED, CLOSED, null, null)))
        .contains(CLOSED);
  }

  @Test
  void childProtectionIncidentsAreKeptToTheDateOfBirthPlus25YearsOrLongerWhenItIsUnknown() {
    LocalDate born = LocalDate.of(2014, 9, 1);
    assertThat(
            schedule.keepUntil(
                "incident", "childProtection", new Facts(RAISED, CLOSED, born, null)))
        .contains(LocalDate.of(2039, 9, 1));
    assertThat(
            schedule.keepUntil(
                "incident", "childProtection", new Facts(RAISED, CLOSED, null, null)))
        .as("not on the register: 25 years from the incident, always later")
        .contains(LocalDate.of(2051, 3, 2));
  }

  @ParameterizedTest(name = "{0}/{1}: {2} years from {3}")
  @CsvSource({
    "incident, eSafety, 6, YEARS_FROM_CLOSURE",
    "filteringReport, anything, 6, YEARS_FROM_CLOSURE",
    "governorReport, anything, 6, YEARS_FROM_EVENT"
  })
  void otherRecordsFollowTheIrmsToolkitNamingIt(
      String recordClass, String outcome, int years, Basis basis) {
    RetentionSchedule.Rule rule = schedule.rule(recordClass, outcome).orElseThrow();
    assertThat(rule.basis()).isEqualTo(basis);
    assertThat(rule.years()).isEqualTo(years);
    assertThat(rule.source()).contains("IRMS");
  }

  @Test
  void aRecordClassTheScheduleDoesNotNameHasNoDate() {
    assertThat(schedule.rule("trainingRecord", "any")).isEmpty();
  }
}
