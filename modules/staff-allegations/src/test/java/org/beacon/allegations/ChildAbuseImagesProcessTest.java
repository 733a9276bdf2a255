package org.beacon.allegations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beacon.allegations.AllegationFlowFixture.at;
import static org.beacon.allegations.AllegationFlowFixture.day;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.beacon.allegations.AllegationFlowFixture.Raised;
import org.beacon.allegations.domain.AccusedStaff;
import org.beacon.allegations.domain.LadoOutcome;
import org.beacon.allegations.domain.StaffRole;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seed 003: child abuse images found with a member of staff mean instant suspension and the police,
 * at once and in parallel, without waiting for the LADO referral, which still runs. Elsewhere
 * suspension stays a considered decision after the LADO consultation.
 */
@Deployment(
    resources = {
      "bpmn/staff-allegations/StaffAllegationProcess.bpmn",
      "bpmn/staff-allegations/AllegationDeadlines.dmn",
      "bpmn/platform/RetentionSchedule.dmn",
      "bpmn/platform/StandInChain.dmn"
    })
class ChildAbuseImagesProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  private ProcessEngine engine;
  private AllegationFlowFixture flow;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    // Friday 22 May 2026, 16:00: Monday 25 May is the spring bank holiday.
    ClockUtil.setCurrentTime(at(2026, 5, 22, 16, 0));
    flow = new AllegationFlowFixture(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private Raised imagesFoundWith(String username, boolean headteacher) {
    return flow.raise(
        AccusedStaff.withAccount(username, headteacher, StaffRole.TEACHER),
        false,
        true,
        ClockUtil.getCurrentTime().toInstant());
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .sorted()
        .toList();
  }

  static Map<String, Object> policeTold() {
    return Map.of(
        "imagesReportedBy", "Harriet Head",
        "imagesReportedAt", "2026-05-22 16:20",
        "imagesPoliceReference", "CAD-4471-22MAY",
        "imagesDeviceSecured", "Laptop locked in the head's safe, untouched");
  }

  @Test
  void imagesFoundOpenTheSuspensionAndThePoliceReferralAtOnceBesideTheAssessment() {
    Raised raised = imagesFoundWith("staff2", false);

    assertThat(raised.instance())
        .isWaitingAtExactly(
            "Task_AssessHarmThreshold", "Task_SuspendAtOnce", "Task_ReportImagesToPolice");
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_SuspendAtOnce")))
        .containsExactly("head");
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_ReportImagesToPolice")))
        .containsExactly("dsl", "head");
    assertThat(raised.allegation().childAbuseImages()).isTrue();
  }

  @Test
  void theLadoReferralNeverWaitsForTheSuspensionOrThePolice() {
    Raised raised = imagesFoundWith("staff2", false);

    flow.complete(
        raised.instance(), "Task_AssessHarmThreshold", StaffAllegationProcessTest.threshold(true));
    flow.complete(raised.instance(), "Task_ReferToLado", StaffAllegationProcessTest.referral());

    assertThat(raised.instance())
        .isWaitingAtExactly(
            "Task_RecordLadoOutcome", "Task_SuspendAtOnce", "Task_ReportImagesToPolice")
        .hasNotPassed("Task_SuspendAtOnce", "Task_ReportImagesToPolice");
  }

  @Test
  void thePoliceReferralRecordsWhoWhenAndTheReference() {
    Raised raised = imagesFoundWith("staff2", false);

    flow.complete(raised.instance(), "Task_ReportImagesToPolice", policeTold());

    assertThat(raised.instance())
        .isWaitingAtExactly("Task_AssessHarmThreshold", "Task_SuspendAtOnce")
        .hasPassedInOrder(
            "Gateway_ChildAbuseImages",
            "Gateway_SuspendAndReportToPolice",
            "Task_ReportImagesToPolice",
            "EndEvent_PoliceToldOfImages");
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(raised.instance().getId(), "imagesPoliceReference"))
        .isEqualTo("CAD-4471-22MAY");
  }

  @Test
  void thePoliceReferralCannotBeRecordedWithoutTheReference() {
    Raised raised = imagesFoundWith("staff2", false);

    assertThatThrownBy(
            () ->
                flow.complete(
                    raised.instance(),
                    "Task_ReportImagesToPolice",
                    Map.of(
                        "imagesReportedBy",
                        "Harriet Head",
                        "imagesReportedAt",
                        "2026-05-22 16:20")))
        .hasMessageContaining("imagesPoliceReference");
    assertThat(raised.instance()).isWaitingAt("Task_ReportImagesToPolice");
  }

  @Test
  void theHeadSuspendsAtOnceAndTheLetterDueOverTheBankHolidayWeekendEscalatesOnTuesday() {
    Raised raised = imagesFoundWith("staff2", false);

    flow.complete(
        raised.instance(),
        "Task_SuspendAtOnce",
        Map.of(
            "suspendedAtOnce",
            true,
            "suspendedOn",
            day(LocalDate.of(2026, 5, 22)),
            "instantSuspensionReasons",
            "Child abuse images on the school laptop"));

    assertThat(raised.allegation().suspensionApproved()).isTrue();
    Task letter = flow.task(raised.instance(), "Task_ConfirmInstantSuspension");
    assertThat(letter.getDueDate()).isEqualTo(at(2026, 5, 26, 16, 0));
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .activityId("Timer_InstantSuspensionLetterDue")
            .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(2026, 5, 26, 16, 0));

    ClockUtil.setCurrentTime(at(2026, 5, 26, 16, 1));
    engine.getManagementService().executeJob(timer.getId());

    assertThat(candidateGroups(flow.task(raised.instance(), "Task_ConfirmInstantSuspension")))
        .containsExactly("chair", "head");
    flow.complete(
        raised.instance(),
        "Task_ConfirmInstantSuspension",
        Map.of(
            "instantSuspensionConfirmedOn",
            day(LocalDate.of(2026, 5, 26)),
            "instantSuspensionContact",
            "Deputy head"));
    assertThat(raised.instance())
        .isWaitingAtExactly("Task_AssessHarmThreshold", "Task_ReportImagesToPolice")
        .hasPassedInOrder(
            "Task_SuspendAtOnce",
            "Gateway_SuspendedAtOnce",
            "Timer_InstantSuspensionLetterDue",
            "Task_EscalateInstantSuspensionLetter",
            "Task_ConfirmInstantSuspension",
            "EndEvent_InstantSuspensionConfirmed");
    assertThat(flow.audit.entries())
        .anyMatch(e -> "suspended at once (child abuse images)".equals(e.detail()));
  }

  @Test
  void aDecisionNotToSuspendAtOnceIsRecordedWithItsReasonsAndNeedsNoLetter() {
    Raised raised = imagesFoundWith("staff2", false);

    flow.complete(
        raised.instance(),
        "Task_SuspendAtOnce",
        Map.of(
            "suspendedAtOnce",
            false,
            "instantSuspensionReasons",
            "Police asked us not to alert him before the arrest"));

    assertThat(raised.instance())
        .isWaitingAtExactly("Task_AssessHarmThreshold", "Task_ReportImagesToPolice")
        .hasPassed("EndEvent_NotSuspendedAtOnce")
        .hasNotPassed("Task_ConfirmInstantSuspension");
    assertThat(raised.allegation().suspensionApproved()).isFalse();
  }

  @Test
  void theSuspensionCannotBeDecidedWithoutReasons() {
    Raised raised = imagesFoundWith("staff2", false);

    assertThatThrownBy(
            () ->
                flow.complete(
                    raised.instance(), "Task_SuspendAtOnce", Map.of("suspendedAtOnce", true)))
        .hasMessageContaining("instantSuspensionReasons");
  }

  @Test
  void whenTheHeadIsAccusedTheChairSuspendsAndTheHeadNeverSeesEitherStep() {
    Raised raised = imagesFoundWith("head", true);

    assertThat(candidateGroups(flow.task(raised.instance(), "Task_SuspendAtOnce")))
        .containsExactly("chair");
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_ReportImagesToPolice")))
        .containsExactly("chair", "dsl");
  }

  @Test
  void withoutImagesSuspensionIsOnlyConsideredAfterTheLadoConsultation() {
    Raised raised =
        flow.raise(
            AccusedStaff.withAccount("staff2", false, StaffRole.TEACHER),
            false,
            false,
            ClockUtil.getCurrentTime().toInstant());

    assertThat(raised.instance()).isWaitingAtExactly("Task_AssessHarmThreshold");
    flow.complete(
        raised.instance(), "Task_AssessHarmThreshold", StaffAllegationProcessTest.threshold(true));
    flow.complete(raised.instance(), "Task_ReferToLado", StaffAllegationProcessTest.referral());
    flow.complete(
        raised.instance(),
        "Task_RecordLadoOutcome",
        StaffAllegationProcessTest.ladoOutcome(LadoOutcome.POLICE));

    assertThat(raised.instance())
        .isWaitingAtExactly("Task_ConsiderSuspension")
        .hasPassedInOrder(
            "Gateway_ChildAbuseImages", "Gateway_ImmediateDanger", "Task_RecordLadoOutcome")
        .hasNotPassed(
            "Gateway_SuspendAndReportToPolice", "Task_SuspendAtOnce", "Task_ReportImagesToPolice");
  }

  @Test
  void theCaseEndsOnlyWhenTheSuspensionAndThePoliceStepsAreDoneToo() {
    Raised raised = imagesFoundWith("staff2", false);
    flow.complete(
        raised.instance(), "Task_AssessHarmThreshold", StaffAllegationProcessTest.threshold(true));
    flow.complete(raised.instance(), "Task_ReferToLado", StaffAllegationProcessTest.referral());
    flow.complete(
        raised.instance(),
        "Task_RecordLadoOutcome",
        StaffAllegationProcessTest.ladoOutcome(LadoOutcome.NO_FURTHER_ACTION));
    flow.complete(
        raised.instance(),
        "Task_RecordOutcome",
        StaffAllegationProcessTest.outcome("unfounded", "remainsInPost"));
    flow.complete(
        raised.instance(),
        "Task_RecordRetention",
        Map.of("dateOfBirth", day(LocalDate.of(1980, 5, 17))));
    flow.complete(raised.instance(), "Task_LessonsLearned", StaffAllegationProcessTest.lessons());

    assertThat(raised.instance())
        .isWaitingAtExactly("Task_SuspendAtOnce", "Task_ReportImagesToPolice");
    flow.complete(raised.instance(), "Task_ReportImagesToPolice", policeTold());
    flow.complete(
        raised.instance(),
        "Task_SuspendAtOnce",
        Map.of("suspendedAtOnce", false, "instantSuspensionReasons", "Unfounded"));
    assertThat(raised.instance()).isEnded();
  }
}
