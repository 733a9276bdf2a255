package org.beacon.allegations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beacon.allegations.AllegationFlowFixture.at;
import static org.beacon.allegations.AllegationFlowFixture.day;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beacon.allegations.AllegationFlowFixture.Raised;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.application.AllegationRetention;
import org.beacon.allegations.domain.AccusedStaff;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationStatus;
import org.beacon.allegations.domain.Consequence;
import org.beacon.allegations.domain.LadoOutcome;
import org.beacon.allegations.domain.StaffRole;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Messages;
import org.beacon.platform.api.RetainedRecords.RetainedRecord;
import org.beacon.platform.retention.DmnRetentionSchedule;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path of {@code StaffAllegationProcess}, on an engine whose clock the test sets, with the
 * shipped bank holidays and the deadlines decision table.
 */
@Deployment(
    resources = {
      "bpmn/staff-allegations/StaffAllegationProcess.bpmn",
      "bpmn/staff-allegations/AllegationDeadlines.dmn",
      "bpmn/platform/RetentionSchedule.dmn"
    })
class StaffAllegationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  private ProcessEngine engine;
  private AllegationFlowFixture flow;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    // Monday 2 March 2026, 09:00: no bank holiday within the next month.
    ClockUtil.setCurrentTime(at(2026, 3, 2, 9, 0));
    flow = new AllegationFlowFixture(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  // --- form values, as the task API submits them
  // ---------------------------------------------------

  static Map<String, Object> threshold(boolean met) {
    return Map.of(
        "harmedChild", false,
        "possibleOffence", met,
        "riskOfHarm", false,
        "unsuitableToWorkWithChildren", false,
        "thresholdReasons",
            met
                ? "Messages of a sexual nature to a pupil"
                : "Over-familiar language, no risk of harm");
  }

  static Map<String, Object> referral() {
    return Map.of("referredOn", day(LocalDate.of(2026, 3, 2)), "referralMethod", "phone");
  }

  static Map<String, Object> ladoOutcome(LadoOutcome outcome) {
    return Map.of(
        "ladoName", "Jo Officer",
        "ladoReference", "LADO-26-0042",
        "consultedOn", day(LocalDate.of(2026, 3, 3)),
        "ladoAdvice", "Advice recorded in the consultation",
        "ladoOutcome", outcome.id());
  }

  static Map<String, Object> suspension(boolean recommend) {
    return Map.of(
        "riskAssessment",
        "Works one to one with pupils",
        "alternativesConsidered",
        "Redeployment to the office; supervision",
        "recommendSuspension",
        recommend,
        "suspensionReasons",
        recommend ? "No role away from children" : "Redeployment removes the risk");
  }

  static Map<String, Object> outcome(String outcome, String employment) {
    return Map.of(
        "outcome",
        outcome,
        "employmentOutcome",
        employment,
        "outcomeSummary",
        "Summary for the file");
  }

  static Map<String, Object> lessons() {
    return Map.of(
        "lessonsLearned", "Refresh the code of conduct on social media", "policyReview", true);
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .sorted()
        .toList();
  }

  /** Raised against staff2, threshold met: waiting at the LADO referral. */
  private Raised referralDue() {
    Raised raised = flow.raise("staff2", false, false);
    flow.complete(raised.instance(), "Task_AssessHarmThreshold", threshold(true));
    return raised;
  }

  /** Up to the LADO's decision, suspension considered and not recommended. */
  private Raised advised(LadoOutcome outcome) {
    Raised raised = referralDue();
    flow.complete(raised.instance(), "Task_ReferToLado", referral());
    flow.complete(raised.instance(), "Task_RecordLadoOutcome", ladoOutcome(outcome));
    if (outcome != LadoOutcome.NO_FURTHER_ACTION) {
      flow.complete(raised.instance(), "Task_ConsiderSuspension", suspension(false));
    }
    return raised;
  }

  // --- case manager
  // -------------------------------------------------------------------------------

  @Test
  void theHeadManagesAnAllegationAgainstOtherStaff() {
    Raised raised = flow.raise("staff2", false, false);

    assertThat(raised.instance()).isWaitingAtExactly("Task_AssessHarmThreshold");
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_AssessHarmThreshold")))
        .containsExactly("head");
  }

  @Test
  void theChairManagesAnAllegationAgainstTheHead() {
    Raised raised = flow.raise("head", true, false);

    assertThat(candidateGroups(flow.task(raised.instance(), "Task_AssessHarmThreshold")))
        .containsExactly("chair");
    flow.complete(raised.instance(), "Task_AssessHarmThreshold", threshold(true));
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_ReferToLado")))
        .containsExactly("chair");
  }

  @Test
  void aChildInImmediateDangerMeansThePoliceAreContactedFirst() {
    Raised raised = flow.raise("staff2", false, true);

    assertThat(raised.instance()).isWaitingAtExactly("Task_ContactPolice");
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_ContactPolice")))
        .containsExactly("dsl", "head");

    flow.complete(
        raised.instance(),
        "Task_ContactPolice",
        Map.of(
            "policeCalledAt",
            "2 March 2026 09:05",
            "policeCalledBy",
            "Dana Lead",
            "policeAdvice",
            "Officers attending"));

    assertThat(raised.instance()).isWaitingAtExactly("Task_AssessHarmThreshold");
  }

  // --- below the threshold
  // ------------------------------------------------------------------------

  @Test
  void belowTheThresholdItIsALowLevelConcernRecordedTheDslInformedAndClosed() {
    Raised raised = flow.raise("staff2", false, false);

    flow.complete(raised.instance(), "Task_AssessHarmThreshold", threshold(false));

    assertThat(raised.instance()).isWaitingAtExactly("Task_NoteLowLevelConcern");
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_NoteLowLevelConcern")))
        .containsExactly("dsl");
    assertThat(raised.instance())
        .variables()
        .containsEntry(AllegationProcess.LOW_LEVEL_CONCERN_COUNT, 1L);

    flow.complete(
        raised.instance(),
        "Task_NoteLowLevelConcern",
        Map.of("codeOfConductResponse", "Spoken to by the DSL"));

    assertThat(raised.instance())
        .isEnded()
        .hasPassedInOrder(
            "Task_AssessHarmThreshold",
            "Task_RecordLowLevelConcern",
            "Task_NoteLowLevelConcern",
            "Task_CloseLowLevelConcern",
            "EndEvent_LowLevelConcernClosed")
        .hasNotPassed("Task_ReviewPattern", "Task_ReferToLado");
    Allegation allegation = raised.allegation();
    assertThat(allegation.lowLevelConcern()).isTrue();
    assertThat(allegation.status()).isEqualTo(AllegationStatus.CLOSED);
    assertThat(allegation.harmThresholdMet()).isFalse();
  }

  /**
   * Raises a low-level concern about the person on the given day and works it to the DSL's note.
   */
  private Raised lowLevelConcern(AccusedStaff accused, Date raisedAt) {
    ClockUtil.setCurrentTime(raisedAt);
    Raised raised = flow.raise(accused, false, raisedAt.toInstant());
    flow.complete(raised.instance(), "Task_AssessHarmThreshold", threshold(false));
    flow.complete(
        raised.instance(),
        "Task_NoteLowLevelConcern",
        Map.of("codeOfConductResponse", "Reminded of the code"));
    return raised;
  }

  @Test
  void theThirdLowLevelConcernWithinTwelveMonthsOpensAPatternReviewForTheDsl() {
    AccusedStaff supply = AccusedStaff.withoutAccount("Pat Supply", false, StaffRole.TEACHER);
    lowLevelConcern(supply, at(2025, 6, 10, 10, 0));
    lowLevelConcern(supply, at(2025, 11, 4, 10, 0));

    Raised third =
        lowLevelConcern(
            AccusedStaff.withoutAccount("pat supply", false, StaffRole.TEACHER),
            at(2026, 3, 2, 9, 0));

    assertThat(third.instance()).isWaitingAtExactly("Task_ReviewPattern");
    assertThat(candidateGroups(flow.task(third.instance(), "Task_ReviewPattern")))
        .containsExactly("dsl");
    assertThat(third.instance())
        .variables()
        .containsEntry(AllegationProcess.LOW_LEVEL_CONCERN_COUNT, 3L);

    flow.complete(
        third.instance(),
        "Task_ReviewPattern",
        Map.of("patternSummary", "Each minor", "patternMeetsThreshold", false));
    assertThat(third.instance())
        .isEnded()
        .hasPassed("EndEvent_LowLevelConcernClosed")
        .hasNotPassed("Task_ReferToLado");
  }

  @Test
  void concernsOlderThanTwelveMonthsDoNotMakeAPattern() {
    AccusedStaff ta = AccusedStaff.withAccount("staff2", false, StaffRole.SUPPORT_STAFF);
    lowLevelConcern(ta, at(2025, 3, 1, 10, 0));
    lowLevelConcern(ta, at(2025, 9, 1, 10, 0));

    Raised third = lowLevelConcern(ta, at(2026, 3, 2, 9, 0));

    assertThat(third.instance())
        .variables()
        .containsEntry(AllegationProcess.LOW_LEVEL_CONCERN_COUNT, 2L);
    assertThat(third.instance()).isEnded().hasNotPassed("Task_ReviewPattern");
  }

  @Test
  void aPatternThatMeetsTheThresholdIsReferredToTheLadoWithinAWorkingDayOfTheReview() {
    AccusedStaff ta = AccusedStaff.withAccount("staff2", false, StaffRole.SUPPORT_STAFF);
    lowLevelConcern(ta, at(2025, 12, 1, 10, 0));
    lowLevelConcern(ta, at(2026, 1, 12, 10, 0));
    Raised third = lowLevelConcern(ta, at(2026, 2, 27, 15, 0));

    // The DSL reviews the pattern on Tuesday 3 March at 11:00.
    ClockUtil.setCurrentTime(at(2026, 3, 3, 11, 0));
    flow.complete(
        third.instance(),
        "Task_ReviewPattern",
        Map.of(
            "patternSummary",
            "Repeated private messages to pupils",
            "patternMeetsThreshold",
            true));

    assertThat(third.instance()).isWaitingAtExactly("Task_ReferToLado");
    assertThat(flow.task(third.instance(), "Task_ReferToLado").getDueDate())
        .isEqualTo(at(2026, 3, 4, 11, 0));
    assertThat(third.allegation().status()).isEqualTo(AllegationStatus.LADO_REFERRAL_DUE);
  }

  // --- LADO referral within one working day ------------------------------------------------------

  @Test
  void raisedOnTheFridayBeforeChristmas2024TheReferralIsDueOnMonday23December() {
    Date friday = at(2024, 12, 20, 16, 0);
    ClockUtil.setCurrentTime(friday);
    Raised raised =
        flow.raise(
            AccusedStaff.withAccount("staff2", false, StaffRole.TEACHER),
            false,
            friday.toInstant());
    flow.complete(raised.instance(), "Task_AssessHarmThreshold", threshold(true));

    Task referral = flow.task(raised.instance(), "Task_ReferToLado");
    assertThat(referral.getDueDate()).isEqualTo(at(2024, 12, 23, 16, 0));
    assertThat(candidateGroups(referral)).containsExactly("head");
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(raised.instance().getId())
            .timers()
            .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(2024, 12, 23, 16, 0));
  }

  @Test
  void raisedOnChristmasEve2025TheReferralIsDueOnMonday29December() {
    Date christmasEve = at(2025, 12, 24, 10, 30);
    ClockUtil.setCurrentTime(christmasEve);
    Raised raised =
        flow.raise(
            AccusedStaff.withAccount("staff2", false, StaffRole.TEACHER),
            false,
            christmasEve.toInstant());
    flow.complete(raised.instance(), "Task_AssessHarmThreshold", threshold(true));

    assertThat(flow.task(raised.instance(), "Task_ReferToLado").getDueDate())
        .isEqualTo(at(2025, 12, 29, 10, 30));
  }

  @Test
  void anOverdueReferralEscalatesToTheDslAndTheChairAndStaysOpen() {
    Date friday = at(2024, 12, 20, 16, 0);
    ClockUtil.setCurrentTime(friday);
    Raised raised =
        flow.raise(
            AccusedStaff.withAccount("staff2", false, StaffRole.TEACHER),
            false,
            friday.toInstant());
    flow.complete(raised.instance(), "Task_AssessHarmThreshold", threshold(true));
    var jobs =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(raised.instance().getId())
            .timers();

    ClockUtil.setCurrentTime(at(2024, 12, 23, 15, 59));
    assertThat(jobs.executable().count()).as("not due a minute before").isZero();

    ClockUtil.setCurrentTime(at(2024, 12, 23, 16, 1));
    Job timer = jobs.executable().singleResult();
    engine.getManagementService().executeJob(timer.getId());

    assertThat(raised.instance()).isWaitingAt("Task_ReferToLado", "Task_EscalateLadoReferral");
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_EscalateLadoReferral")))
        .containsExactly("chair", "dsl");

    flow.complete(
        raised.instance(),
        "Task_EscalateLadoReferral",
        Map.of("escalationAction", "Head reminded; referral made by phone"));
    flow.complete(raised.instance(), "Task_ReferToLado", referral());
    assertThat(raised.instance())
        .isWaitingAtExactly("Task_RecordLadoOutcome")
        .hasPassed("EndEvent_EscalationHandled");
  }

  @Test
  void noInvestigationStepExistsBeforeTheLadoOutcomeIsRecorded() {
    Raised raised = referralDue();
    List<String> investigationSteps =
        List.of(
            "Task_ConsiderSuspension",
            "Task_FollowPoliceInvestigation",
            "Task_AttendStrategyDiscussion",
            "Task_InvestigationReport",
            "Task_DecideOnHearing",
            "Task_HoldHearing",
            "Task_RecordOutcome");

    flow.complete(raised.instance(), "Task_ReferToLado", referral());

    assertThat(raised.instance()).isWaitingAtExactly("Task_RecordLadoOutcome");
    assertThat(raised.instance()).hasNotPassed(investigationSteps.toArray(String[]::new));
    assertThat(raised.allegation().status()).isEqualTo(AllegationStatus.REFERRED_TO_LADO);
    assertThat(raised.allegation().ladoReferredAt()).isNotNull();
  }

  // --- what the LADO decided --------------------------------------------------------------------

  @Test
  void theLadoConsultationIsRecordedWithNameReferenceDateAndAdvice() {
    Raised raised = advised(LadoOutcome.INTERNAL_INVESTIGATION);

    Allegation allegation = raised.allegation();
    assertThat(allegation.ladoName()).isEqualTo("Jo Officer");
    assertThat(allegation.ladoReference()).isEqualTo("LADO-26-0042");
    assertThat(allegation.ladoConsultedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(allegation.ladoAdvice()).isEqualTo("Advice recorded in the consultation");
    assertThat(allegation.ladoOutcome()).isEqualTo(LadoOutcome.INTERNAL_INVESTIGATION);
  }

  @Test
  void theLadoConsultationCannotBeRecordedWithoutItsReference() {
    Raised raised = referralDue();
    flow.complete(raised.instance(), "Task_ReferToLado", referral());
    Map<String, Object> withoutReference = new HashMap<>(ladoOutcome(LadoOutcome.POLICE));
    withoutReference.remove("ladoReference");

    assertThatThrownBy(
            () -> flow.complete(raised.instance(), "Task_RecordLadoOutcome", withoutReference))
        .hasMessageContaining("ladoReference");
    assertThat(raised.instance()).isWaitingAtExactly("Task_RecordLadoOutcome");
  }

  @Test
  void noFurtherActionFromTheLadoGoesStraightToTheOutcome() {
    Raised raised = advised(LadoOutcome.NO_FURTHER_ACTION);

    assertThat(raised.instance())
        .isWaitingAtExactly("Task_RecordOutcome")
        .hasNotPassed("Task_ConsiderSuspension", "Task_InvestigationReport");
  }

  @Test
  void aPoliceInvestigationIsFollowedThenTheLadoMayAdviseAnInternalOne() {
    Raised raised = advised(LadoOutcome.POLICE);

    assertThat(raised.instance()).isWaitingAtExactly("Task_FollowPoliceInvestigation");
    flow.complete(
        raised.instance(),
        "Task_FollowPoliceInvestigation",
        Map.of("policeResult", "noFurtherPoliceAction", "internalInvestigationAdvised", true));

    assertThat(raised.instance()).isWaitingAtExactly("Task_InvestigationReport");
  }

  @Test
  void aPoliceInvestigationWithoutAnInternalOneGoesToTheOutcome() {
    Raised raised = advised(LadoOutcome.POLICE);

    flow.complete(
        raised.instance(),
        "Task_FollowPoliceInvestigation",
        Map.of("policeResult", "charged", "internalInvestigationAdvised", false));

    assertThat(raised.instance())
        .isWaitingAtExactly("Task_RecordOutcome")
        .hasNotPassed("Task_InvestigationReport");
  }

  @Test
  void aStrategyDiscussionIsAttendedByTheDslOrTheCaseManager() {
    Raised raised = advised(LadoOutcome.STRATEGY_DISCUSSION);

    assertThat(raised.instance()).isWaitingAtExactly("Task_AttendStrategyDiscussion");
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_AttendStrategyDiscussion")))
        .containsExactly("dsl", "head");
    flow.complete(
        raised.instance(),
        "Task_AttendStrategyDiscussion",
        Map.of(
            "heldOn",
            day(LocalDate.of(2026, 3, 4)),
            "strategyDecisions",
            "Section 47 enquiry",
            "internalInvestigationAdvised",
            false));

    assertThat(raised.instance()).isWaitingAtExactly("Task_RecordOutcome");
  }

  @Test
  void anInternalInvestigationRunsOnTheSchoolsWorkingDayDeadlines() {
    // Thursday 2 April 2026: Good Friday and Easter Monday fall within the report's 10 working
    // days.
    ClockUtil.setCurrentTime(at(2026, 4, 2, 12, 0));
    Raised raised = advised(LadoOutcome.INTERNAL_INVESTIGATION);

    assertThat(flow.task(raised.instance(), "Task_InvestigationReport").getDueDate())
        .isEqualTo(at(2026, 4, 20, 12, 0));
    ClockUtil.setCurrentTime(at(2026, 4, 17, 15, 0));
    flow.complete(
        raised.instance(),
        "Task_InvestigationReport",
        Map.of("investigator", "LA HR adviser", "reportFindings", "Findings"));

    assertThat(flow.task(raised.instance(), "Task_DecideOnHearing").getDueDate())
        .isEqualTo(at(2026, 4, 21, 15, 0));
    ClockUtil.setCurrentTime(at(2026, 4, 20, 9, 0));
    flow.complete(
        raised.instance(),
        "Task_DecideOnHearing",
        Map.of("hearingRequired", true, "hearingDecisionReasons", "Gross misconduct alleged"));

    // 15 working days from Monday 20 April skip the early May bank holiday (4 May).
    assertThat(flow.task(raised.instance(), "Task_HoldHearing").getDueDate())
        .isEqualTo(at(2026, 5, 12, 9, 0));
    flow.complete(
        raised.instance(),
        "Task_HoldHearing",
        Map.of("hearingDate", day(LocalDate.of(2026, 5, 6)), "hearingOutcome", "dismissal"));

    assertThat(raised.instance()).isWaitingAtExactly("Task_RecordOutcome");
  }

  @Test
  void withoutAHearingTheInvestigationGoesToTheOutcome() {
    Raised raised = advised(LadoOutcome.INTERNAL_INVESTIGATION);
    flow.complete(
        raised.instance(),
        "Task_InvestigationReport",
        Map.of("investigator", "Deputy head", "reportFindings", "None"));
    flow.complete(
        raised.instance(),
        "Task_DecideOnHearing",
        Map.of("hearingRequired", false, "hearingDecisionReasons", "No case"));

    assertThat(raised.instance())
        .isWaitingAtExactly("Task_RecordOutcome")
        .hasNotPassed("Task_HoldHearing");
  }

  // --- suspension --------------------------------------------------------------------------------

  private Raised considered(boolean recommend) {
    Raised raised = referralDue();
    flow.complete(raised.instance(), "Task_ReferToLado", referral());
    flow.complete(
        raised.instance(),
        "Task_RecordLadoOutcome",
        ladoOutcome(LadoOutcome.INTERNAL_INVESTIGATION));
    assertThat(raised.instance()).isWaitingAtExactly("Task_ConsiderSuspension");
    flow.complete(raised.instance(), "Task_ConsiderSuspension", suspension(recommend));
    return raised;
  }

  @Test
  void aRecommendedSuspensionNeedsTheCaseManagersApprovalThenALetterWithinAWorkingDay() {
    Raised raised = considered(true);

    assertThat(raised.instance()).isWaitingAtExactly("Task_ApproveSuspension");
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_ApproveSuspension")))
        .containsExactly("head");

    // Approved on Friday 6 March 2026 at 14:00: the letter is due on Monday.
    ClockUtil.setCurrentTime(at(2026, 3, 6, 14, 0));
    flow.complete(
        raised.instance(),
        "Task_ApproveSuspension",
        Map.of("suspensionApproved", true, "approvalReasons", "Risk too high"));

    assertThat(raised.instance()).isWaitingAtExactly("Task_ConfirmSuspension");
    assertThat(flow.task(raised.instance(), "Task_ConfirmSuspension").getDueDate())
        .isEqualTo(at(2026, 3, 9, 14, 0));
    assertThat(raised.allegation().suspensionApproved()).isTrue();

    flow.complete(
        raised.instance(),
        "Task_ConfirmSuspension",
        Map.of("confirmedOn", day(LocalDate.of(2026, 3, 6)), "namedContact", "Deputy head"));
    assertThat(raised.instance()).isWaitingAtExactly("Task_InvestigationReport");
  }

  @Test
  void aSuspensionTheCaseManagerDoesNotApproveIsNotConfirmed() {
    Raised raised = considered(true);

    flow.complete(
        raised.instance(),
        "Task_ApproveSuspension",
        Map.of("suspensionApproved", false, "approvalReasons", "Redeploy instead"));

    assertThat(raised.instance())
        .isWaitingAtExactly("Task_InvestigationReport")
        .hasNotPassed("Task_ConfirmSuspension");
    assertThat(raised.allegation().suspensionRecommended()).isTrue();
    assertThat(raised.allegation().suspensionApproved()).isFalse();
  }

  @Test
  void aSuspensionNotRecommendedNeedsNoApproval() {
    Raised raised = considered(false);

    assertThat(raised.instance())
        .isWaitingAtExactly("Task_InvestigationReport")
        .hasNotPassed("Task_ApproveSuspension");
    assertThat(raised.allegation().suspensionRecommended()).isFalse();
  }

  @Test
  void theConsiderationRequiresARationale() {
    Raised raised = referralDue();
    flow.complete(raised.instance(), "Task_ReferToLado", referral());
    flow.complete(raised.instance(), "Task_RecordLadoOutcome", ladoOutcome(LadoOutcome.POLICE));
    Map<String, Object> noReasons = new HashMap<>(suspension(true));
    noReasons.remove("suspensionReasons");

    assertThatThrownBy(() -> flow.complete(raised.instance(), "Task_ConsiderSuspension", noReasons))
        .hasMessageContaining("suspensionReasons");
  }

  // --- outcomes and their consequences -----------------------------------------------------------

  private Raised atOutcome(AccusedStaff accused) {
    Raised raised = flow.raise(accused, false, ClockUtil.getCurrentTime().toInstant());
    flow.complete(raised.instance(), "Task_AssessHarmThreshold", threshold(true));
    flow.complete(raised.instance(), "Task_ReferToLado", referral());
    flow.complete(
        raised.instance(), "Task_RecordLadoOutcome", ladoOutcome(LadoOutcome.NO_FURTHER_ACTION));
    return raised;
  }

  private static Throwable rootCause(Throwable thrown) {
    Throwable cause = thrown;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private void retention(ProcessInstance instance, LocalDate dateOfBirth) {
    flow.complete(instance, "Task_RecordRetention", Map.of("dateOfBirth", day(dateOfBirth)));
  }

  @Test
  void aSubstantiatedAllegationAgainstADismissedTeacherIsReferredToTheDbsAndTheTra() {
    Raised raised = atOutcome(AccusedStaff.withAccount("staff2", false, StaffRole.TEACHER));
    ClockUtil.setCurrentTime(at(2026, 3, 31, 10, 0));

    flow.complete(raised.instance(), "Task_RecordOutcome", outcome("substantiated", "dismissed"));

    assertThat(raised.instance()).isWaitingAtExactly("Task_ReferToDbs");
    assertThat(flow.task(raised.instance(), "Task_ReferToDbs").getDueDate())
        .isEqualTo(at(2026, 4, 30, 10, 0));
    flow.complete(
        raised.instance(),
        "Task_ReferToDbs",
        Map.of("dbsReferredOn", day(LocalDate.of(2026, 4, 2))));
    assertThat(raised.instance()).isWaitingAtExactly("Task_ReferToTra");
    flow.complete(
        raised.instance(),
        "Task_ReferToTra",
        Map.of("traReferredOn", day(LocalDate.of(2026, 4, 2))));
    assertThat(raised.instance()).isWaitingAtExactly("Task_RecordRetention");
    retention(raised.instance(), LocalDate.of(1980, 5, 17));
    flow.complete(raised.instance(), "Task_LessonsLearned", lessons());

    assertThat(raised.instance())
        .isEnded()
        .hasPassedInOrder(
            "Task_RecordOutcome",
            "Task_ReferToDbs",
            "Task_ReferToTra",
            "Task_RecordRetention",
            "Task_LessonsLearned",
            "Task_CloseAllegation",
            "EndEvent_AllegationClosed");
    // 67th birthday, later than ten years after March 2026.
    assertThat(raised.allegation().retainUntil()).isEqualTo(LocalDate.of(2047, 5, 17));
    assertThat(raised.allegation().status()).isEqualTo(AllegationStatus.CLOSED);
  }

  @Test
  void aSubstantiatedAllegationAgainstSupportStaffWhoResignedGoesToTheDbsOnly() {
    Raised raised =
        atOutcome(AccusedStaff.withoutAccount("Chris Caretaker", false, StaffRole.SUPPORT_STAFF));

    flow.complete(raised.instance(), "Task_RecordOutcome", outcome("substantiated", "resigned"));
    flow.complete(
        raised.instance(),
        "Task_ReferToDbs",
        Map.of("dbsReferredOn", day(LocalDate.of(2026, 3, 10))));

    assertThat(raised.instance())
        .isWaitingAtExactly("Task_RecordRetention")
        .hasNotPassed("Task_ReferToTra");
  }

  @ParameterizedTest(name = "{0}, {1}: retention date, no referral")
  @CsvSource({
    "substantiated, remainsInPost",
    "unsubstantiated, remainsInPost",
    "unfounded, remainsInPost",
    "unsubstantiated, resigned"
  })
  void otherOutcomesKeepTheRecordUntilTheRetentionDate(String outcome, String employment) {
    Raised raised = atOutcome(AccusedStaff.withAccount("staff2", false, StaffRole.TEACHER));

    flow.complete(raised.instance(), "Task_RecordOutcome", outcome(outcome, employment));
    assertThat(raised.instance()).isWaitingAtExactly("Task_RecordRetention");
    assertThat(raised.instance())
        .variables()
        .containsEntry(AllegationProcess.CONSEQUENCE, Consequence.RETAIN_RECORD.id());
    // Born 1960: ten years after the allegation (2 March 2036) is later than pension age at 67.
    retention(raised.instance(), LocalDate.of(1960, 1, 1));
    flow.complete(raised.instance(), "Task_LessonsLearned", lessons());

    assertThat(raised.instance())
        .isEnded()
        .hasNotPassed("Task_ReferToDbs", "Task_RemoveFromPersonnelRecord");
    assertThat(raised.allegation().retainUntil()).isEqualTo(LocalDate.of(2036, 3, 2));
  }

  @Test
  void aKnownNormalPensionAgeReplacesTheDefault() {
    Raised raised = atOutcome(AccusedStaff.withAccount("staff2", false, StaffRole.TEACHER));
    flow.complete(raised.instance(), "Task_RecordOutcome", outcome("unfounded", "remainsInPost"));

    flow.complete(
        raised.instance(),
        "Task_RecordRetention",
        Map.of("dateOfBirth", day(LocalDate.of(1975, 7, 1)), "normalPensionAge", 65L));

    assertThat(raised.allegation().retainUntil()).isEqualTo(LocalDate.of(2040, 7, 1));
  }

  @Test
  void aDateOfBirthThatCannotBeAnAdultsIsRefused() {
    Raised raised = atOutcome(AccusedStaff.withAccount("staff2", false, StaffRole.TEACHER));
    flow.complete(raised.instance(), "Task_RecordOutcome", outcome("unfounded", "remainsInPost"));

    // The engine wraps what a listener throws; the API's error mapper finds the problem inside.
    assertThatThrownBy(() -> retention(raised.instance(), LocalDate.of(2020, 1, 1)))
        .hasRootCauseInstanceOf(BeaconProblem.class)
        .satisfies(
            e -> assertThat(((BeaconProblem) rootCause(e)).fields()).containsKey("dateOfBirth"));
    assertThat(raised.instance()).isWaitingAtExactly("Task_RecordRetention");
  }

  @Test
  void aFalseAllegationIsRemovedFromThePersonnelRecord() {
    Raised raised = atOutcome(AccusedStaff.withAccount("staff2", false, StaffRole.TEACHER));

    flow.complete(raised.instance(), "Task_RecordOutcome", outcome("false", "remainsInPost"));
    assertThat(raised.instance()).isWaitingAtExactly("Task_RemoveFromPersonnelRecord");
    flow.complete(
        raised.instance(),
        "Task_RemoveFromPersonnelRecord",
        Map.of("removedOn", day(LocalDate.of(2026, 3, 5))));
    flow.complete(raised.instance(), "Task_LessonsLearned", lessons());

    assertThat(raised.instance())
        .isEnded()
        .hasNotPassed(
            "Task_ConsiderActionAgainstReporter", "Task_RecordRetention", "Task_ReferToDbs");
    assertThat(raised.allegation().personnelRecordRemovedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
    // The retention schedule: a false allegation is disposed of once the case has closed.
    assertThat(raised.allegation().retainUntil()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void aMaliciousAllegationIsRemovedAndActionAgainstTheReporterConsidered() {
    Raised raised = atOutcome(AccusedStaff.withAccount("staff2", false, StaffRole.TEACHER));

    flow.complete(raised.instance(), "Task_RecordOutcome", outcome("malicious", "remainsInPost"));
    flow.complete(
        raised.instance(),
        "Task_RemoveFromPersonnelRecord",
        Map.of("removedOn", day(LocalDate.of(2026, 3, 5))));
    assertThat(raised.instance()).isWaitingAtExactly("Task_ConsiderActionAgainstReporter");
    flow.complete(
        raised.instance(),
        "Task_ConsiderActionAgainstReporter",
        Map.of(
            "actionConsidered", "Pupil admitted making it up", "actionTaken", "behaviourPolicy"));
    flow.complete(raised.instance(), "Task_LessonsLearned", lessons());

    assertThat(raised.instance())
        .isEnded()
        .hasPassedInOrder(
            "Task_RemoveFromPersonnelRecord",
            "Task_ConsiderActionAgainstReporter",
            "Task_LessonsLearned");
    // The retention schedule: disposed of once closed, so the next nightly review lists it.
    assertThat(raised.allegation().retainUntil()).isEqualTo(LocalDate.of(2026, 3, 2));
    AllegationRetention retention =
        AllegationRetention.over(
            flow.allegations, new DmnRetentionSchedule(engine.getDecisionService()));
    assertThat(retention.closed())
        .containsExactly(
            new RetainedRecord(
                AllegationProcess.KEY,
                raised.allegation().reference(),
                "allegation",
                "malicious",
                LocalDate.of(2026, 3, 2)));
    retention.dispose(raised.allegation().reference());
    assertThat(flow.allegations.findByReference(raised.allegation().reference())).isEmpty();
  }

  // --- raised by the incident flow ---------------------------------------------------------------

  /** The incident flow's message, one per person named (its multi-instance send task). */
  private List<ProcessInstance> raisedByIncident(String... staff) {
    for (String person : staff) {
      engine
          .getRuntimeService()
          .createMessageCorrelation(Messages.ALLEGATION_RAISED)
          .setVariable(Messages.SOURCE_TYPE, "incident")
          .setVariable(Messages.SOURCE_ID, 7L)
          .setVariable(Messages.SOURCE_REFERENCE, "INC-2026-0007")
          .setVariable(Messages.STAFF_REFERENCE, person)
          .correlateStartMessage();
    }
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(AllegationProcess.KEY)
        .list();
  }

  @Test
  void theIncidentsMessageRecordsTheAllegationWithTheIncidentLinkedForTheDslToComplete() {
    ProcessInstance instance = raisedByIncident("staff2").get(0);

    Allegation allegation = flow.allegations.all().get(0);
    assertThat(instance.getBusinessKey()).isEqualTo(allegation.reference()).startsWith("ALG-2026-");
    assertThat(allegation.sourceReference()).isEqualTo("INC-2026-0007");
    assertThat(allegation.sourceId()).isEqualTo(7L);
    assertThat(allegation.accused().username()).isEqualTo("staff2");
    assertThat(instance).isWaitingAtExactly("Task_CompleteDetails");
    assertThat(candidateGroups(flow.task(instance, "Task_CompleteDetails"))).containsExactly("dsl");

    flow.complete(
        instance,
        "Task_CompleteDetails",
        Map.of(
            "accusedIsHead",
            false,
            "accusedRole",
            "teacher",
            "whatHappened",
            "Indecent images of children found on a school laptop",
            "children",
            "P1001, P1002",
            "immediateDanger",
            false,
            "childAbuseImages",
            true));

    // Images found with the member of staff: suspension and police at once, beside the assessment.
    assertThat(instance)
        .isWaitingAtExactly(
            "Task_AssessHarmThreshold", "Task_SuspendAtOnce", "Task_ReportImagesToPolice");
    assertThat(allegation.childAbuseImages()).isTrue();
    assertThat(candidateGroups(flow.task(instance, "Task_AssessHarmThreshold")))
        .containsExactly("head");
    assertThat(allegation.whatHappened()).startsWith("Indecent images");
    assertThat(allegation.children())
        .extracting(c -> c.reference())
        .containsExactly("P1001", "P1002");
  }

  @Test
  void anIncidentAgainstTheHeadIsManagedByTheChairOnceTheDslSaysSo() {
    ProcessInstance instance = raisedByIncident("head").get(0);

    flow.complete(
        instance,
        "Task_CompleteDetails",
        Map.of(
            "accusedIsHead", true,
            "accusedRole", "teacher",
            "whatHappened", "Illegal material",
            "immediateDanger", true,
            "childAbuseImages", false));

    assertThat(instance).isWaitingAtExactly("Task_ContactPolice");
    assertThat(candidateGroups(flow.task(instance, "Task_ContactPolice")))
        .containsExactly("chair", "dsl");
    assertThat(flow.allegations.all().get(0).accused().headteacher()).isTrue();
  }

  @Test
  void anIncidentNamingTwoStaffOpensOneAllegationForEach() {
    List<ProcessInstance> instances = raisedByIncident("staff2", "Sam Supply");

    assertThat(instances).hasSize(2);
    assertThat(flow.allegations.all())
        .extracting(
            a -> a.accused().username() != null ? a.accused().username() : a.accused().name())
        .containsExactly("staff2", "Sam Supply");
    assertThat(instances)
        .extracting(ProcessInstance::getBusinessKey)
        .doesNotContainNull()
        .doesNotHaveDuplicates();
  }

  @Test
  void aNameWithACommaIsOnePersonAndOneAllegation() {
    List<ProcessInstance> instances = raisedByIncident("Smith, John");

    assertThat(instances).hasSize(1);
    assertThat(flow.allegations.all())
        .extracting(a -> a.accused().name())
        .containsExactly("Smith, John");
  }

  @Test
  void everyWriteIsAudited() {
    Raised raised = advised(LadoOutcome.NO_FURTHER_ACTION);

    assertThat(flow.audit.entries())
        .filteredOn(e -> raised.allegation().reference().equals(e.resourceId()))
        .extracting(RecordingAuditLog.Entry::detail)
        .containsExactly(
            "harm threshold met", "referred to the LADO", "LADO outcome noFurtherAction");
  }
}
