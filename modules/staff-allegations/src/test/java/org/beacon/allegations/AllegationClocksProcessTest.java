package org.beacon.allegations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.allegations.AllegationFlowFixture.at;
import static org.beacon.allegations.AllegationFlowFixture.day;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.beacon.allegations.AllegationFlowFixture.Raised;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.AccusedStaff;
import org.beacon.allegations.domain.LadoOutcome;
import org.beacon.allegations.domain.StaffRole;
import org.beacon.platform.api.Role;
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
 * The statutory clocks of the allegation flow after the LADO referral: each deadline of {@code
 * AllegationDeadlines.dmn} is a working-day timer beside its step that, when it fires, leaves the
 * step open and offers it to the next role of the stand-in chain. The engine's clock is moved
 * across weekends and England's bank holidays.
 */
@Deployment(
    resources = {
      "bpmn/staff-allegations/StaffAllegationProcess.bpmn",
      "bpmn/staff-allegations/AllegationDeadlines.dmn",
      "bpmn/platform/RetentionSchedule.dmn",
      "bpmn/platform/StandInChain.dmn"
    })
class AllegationClocksProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  private ProcessEngine engine;
  private AllegationFlowFixture flow;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    // Monday 11 May 2026, 09:00.
    ClockUtil.setCurrentTime(at(2026, 5, 11, 9, 0));
    flow = new AllegationFlowFixture(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .sorted()
        .toList();
  }

  private Job timer(Raised raised, String timerId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(raised.instance().getId())
        .activityId(timerId)
        .singleResult();
  }

  /** Whether the timer may fire at the given moment. */
  private boolean firesAt(Raised raised, String timerId, Date moment) {
    ClockUtil.setCurrentTime(moment);
    return engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(raised.instance().getId())
            .activityId(timerId)
            .executable()
            .count()
        == 1;
  }

  private void fire(Raised raised, String timerId) {
    engine.getManagementService().executeJob(timer(raised, timerId).getId());
  }

  /** Threshold met, referred, the LADO's decision recorded. */
  private Raised advised(AccusedStaff accused, LadoOutcome outcome) {
    Raised raised = flow.raise(accused, false, ClockUtil.getCurrentTime().toInstant());
    flow.complete(
        raised.instance(), "Task_AssessHarmThreshold", StaffAllegationProcessTest.threshold(true));
    flow.complete(raised.instance(), "Task_ReferToLado", StaffAllegationProcessTest.referral());
    flow.complete(
        raised.instance(),
        "Task_RecordLadoOutcome",
        StaffAllegationProcessTest.ladoOutcome(outcome));
    return raised;
  }

  private Raised advised(LadoOutcome outcome) {
    return advised(AccusedStaff.withAccount("staff2", false, StaffRole.TEACHER), outcome);
  }

  private boolean chairStandsIn(Raised raised) {
    return flow.people.holding(Role.CHAIR).stream()
        .anyMatch(
            chair ->
                flow.parties.standsIn(
                    chair.asCaller(), AllegationProcess.KEY, raised.allegation().reference()));
  }

  private long escalations(Raised raised) {
    return flow.audit.entries().stream()
        .filter(
            e ->
                e.action().equals("escalate")
                    && e.resourceId().equals(raised.allegation().reference()))
        .count();
  }

  @Test
  void
      aSuspensionLetterDueFromFridayBeforeTheSpringBankHolidayEscalatesOnTuesdayNotOnSaturdayOrMonday() {
    Raised raised = advised(LadoOutcome.INTERNAL_INVESTIGATION);
    flow.complete(
        raised.instance(), "Task_ConsiderSuspension", StaffAllegationProcessTest.suspension(true));
    // Approved on Friday 22 May 2026 at 16:00; Monday 25 May is the spring bank holiday.
    ClockUtil.setCurrentTime(at(2026, 5, 22, 16, 0));
    flow.complete(
        raised.instance(),
        "Task_ApproveSuspension",
        Map.of("suspensionApproved", true, "approvalReasons", "Risk too high"));

    Task letter = flow.task(raised.instance(), "Task_ConfirmSuspension");
    assertThat(letter.getDueDate()).isEqualTo(at(2026, 5, 26, 16, 0));
    assertThat(timer(raised, "Timer_SuspensionLetterDue").getDuedate())
        .isEqualTo(letter.getDueDate());
    assertThat(firesAt(raised, "Timer_SuspensionLetterDue", at(2026, 5, 23, 16, 1)))
        .as("Saturday")
        .isFalse();
    assertThat(firesAt(raised, "Timer_SuspensionLetterDue", at(2026, 5, 25, 16, 1)))
        .as("the bank holiday")
        .isFalse();
    assertThat(firesAt(raised, "Timer_SuspensionLetterDue", at(2026, 5, 26, 15, 59)))
        .as("a minute early")
        .isFalse();
    assertThat(firesAt(raised, "Timer_SuspensionLetterDue", at(2026, 5, 26, 16, 1)))
        .as("Tuesday")
        .isTrue();
    assertThat(candidateGroups(letter)).containsExactly("head");
    assertThat(chairStandsIn(raised)).isFalse();

    fire(raised, "Timer_SuspensionLetterDue");

    assertThat(raised.instance()).isWaitingAtExactly("Task_ConfirmSuspension");
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_ConfirmSuspension")))
        .containsExactly("chair", "head");
    assertThat(chairStandsIn(raised)).as("the chair may now read the case").isTrue();
    assertThat(escalations(raised)).isEqualTo(1);
    flow.complete(
        raised.instance(),
        "Task_ConfirmSuspension",
        Map.of("confirmedOn", day(LocalDate.of(2026, 5, 27)), "namedContact", "Deputy head"));
    assertThat(raised.instance())
        .isWaitingAtExactly("Task_InvestigationReport")
        .hasPassedInOrder(
            "Task_ApproveSuspension",
            "Task_ConfirmSuspension",
            "Timer_SuspensionLetterDue",
            "Task_EscalateSuspensionLetter",
            "EndEvent_SuspensionLetterEscalated",
            "Gateway_SuspensionDone");
  }

  @Test
  void aLetterSentInTimeCancelsItsClock() {
    Raised raised = advised(LadoOutcome.INTERNAL_INVESTIGATION);
    flow.complete(
        raised.instance(), "Task_ConsiderSuspension", StaffAllegationProcessTest.suspension(true));
    flow.complete(
        raised.instance(),
        "Task_ApproveSuspension",
        Map.of("suspensionApproved", true, "approvalReasons", "Risk too high"));

    flow.complete(
        raised.instance(),
        "Task_ConfirmSuspension",
        Map.of("confirmedOn", day(LocalDate.of(2026, 5, 11)), "namedContact", "Deputy head"));

    assertThat(timer(raised, "Timer_SuspensionLetterDue")).isNull();
    assertThat(raised.instance()).hasNotPassed("Task_EscalateSuspensionLetter");
    assertThat(escalations(raised)).isZero();
  }

  @Test
  void eachStepOfTheInvestigationHasAWorkingDayClockThatEscalatesToTheChair() {
    // Friday 22 May 2026, 12:00: 10 working days skip the spring bank holiday: Monday 8 June.
    ClockUtil.setCurrentTime(at(2026, 5, 22, 12, 0));
    Raised raised = advised(LadoOutcome.INTERNAL_INVESTIGATION);
    flow.complete(
        raised.instance(), "Task_ConsiderSuspension", StaffAllegationProcessTest.suspension(false));

    assertThat(timer(raised, "Timer_InvestigationReportDue").getDuedate())
        .isEqualTo(at(2026, 6, 8, 12, 0));
    assertThat(firesAt(raised, "Timer_InvestigationReportDue", at(2026, 6, 5, 12, 1))).isFalse();
    assertThat(firesAt(raised, "Timer_InvestigationReportDue", at(2026, 6, 8, 12, 1))).isTrue();
    fire(raised, "Timer_InvestigationReportDue");
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_InvestigationReport")))
        .containsExactly("chair", "head");
    flow.complete(
        raised.instance(),
        "Task_InvestigationReport",
        Map.of("investigator", "LA HR adviser", "reportFindings", "Findings"));

    // Report in on Monday 8 June at 12:01: the decision on a hearing is due on Wednesday 10 June.
    assertThat(timer(raised, "Timer_HearingDecisionDue").getDuedate())
        .isEqualTo(at(2026, 6, 10, 12, 1));
    assertThat(firesAt(raised, "Timer_HearingDecisionDue", at(2026, 6, 10, 12, 2))).isTrue();
    fire(raised, "Timer_HearingDecisionDue");
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_DecideOnHearing")))
        .containsExactly("chair", "head");
    flow.complete(
        raised.instance(),
        "Task_DecideOnHearing",
        Map.of("hearingRequired", true, "hearingDecisionReasons", "Gross misconduct"));

    // Decided Wednesday 10 June at 12:02: 15 working days, Wednesday 1 July.
    assertThat(timer(raised, "Timer_HearingDue").getDuedate()).isEqualTo(at(2026, 7, 1, 12, 2));
    assertThat(firesAt(raised, "Timer_HearingDue", at(2026, 7, 1, 12, 3))).isTrue();
    fire(raised, "Timer_HearingDue");
    assertThat(candidateGroups(flow.task(raised.instance(), "Task_HoldHearing")))
        .containsExactly("chair", "head");
    flow.complete(
        raised.instance(),
        "Task_HoldHearing",
        Map.of("hearingDate", day(LocalDate.of(2026, 7, 2)), "hearingOutcome", "dismissal"));

    assertThat(raised.instance())
        .isWaitingAtExactly("Task_RecordOutcome")
        .hasPassedInOrder(
            "Task_InvestigationReport",
            "Task_EscalateInvestigationReport",
            "Task_DecideOnHearing",
            "Task_EscalateHearingDecision",
            "Task_HoldHearing",
            "Task_EscalateHearing",
            "Gateway_ToOutcome");
    assertThat(escalations(raised)).isEqualTo(3);
  }

  @Test
  void aDbsReferralDueOnTheSummerBankHolidayEscalatesOnTuesday() {
    Raised raised = advised(LadoOutcome.NO_FURTHER_ACTION);
    // Outcome recorded on Friday 31 July 2026: a month later is Monday 31 August, the summer bank
    // holiday, so the referral is due on Tuesday 1 September.
    ClockUtil.setCurrentTime(at(2026, 7, 31, 10, 0));
    flow.complete(
        raised.instance(),
        "Task_RecordOutcome",
        StaffAllegationProcessTest.outcome("substantiated", "dismissed"));

    assertThat(flow.task(raised.instance(), "Task_ReferToDbs").getDueDate())
        .isEqualTo(at(2026, 9, 1, 10, 0));
    assertThat(timer(raised, "Timer_DbsReferralDue").getDuedate()).isEqualTo(at(2026, 9, 1, 10, 0));
    assertThat(firesAt(raised, "Timer_DbsReferralDue", at(2026, 8, 31, 10, 1)))
        .as("the bank holiday")
        .isFalse();
    assertThat(firesAt(raised, "Timer_DbsReferralDue", at(2026, 9, 1, 10, 1))).isTrue();
    fire(raised, "Timer_DbsReferralDue");

    assertThat(candidateGroups(flow.task(raised.instance(), "Task_ReferToDbs")))
        .containsExactly("chair", "head");
    assertThat(raised.instance())
        .hasPassedInOrder(
            "Task_RecordOutcome", "Task_EscalateDbsReferral", "EndEvent_DbsReferralEscalated");
  }

  @Test
  void whenTheHeadIsAccusedAnOverdueStepOfTheChairIsNeverOfferedToTheHead() {
    Raised raised =
        advised(
            AccusedStaff.withAccount("head", true, StaffRole.TEACHER),
            LadoOutcome.INTERNAL_INVESTIGATION);
    flow.complete(
        raised.instance(), "Task_ConsiderSuspension", StaffAllegationProcessTest.suspension(false));
    Task report = flow.task(raised.instance(), "Task_InvestigationReport");
    assertThat(candidateGroups(report)).containsExactly("chair");

    ClockUtil.setCurrentTime(new Date(report.getDueDate().getTime() + 60_000));
    fire(raised, "Timer_InvestigationReportDue");

    assertThat(candidateGroups(flow.task(raised.instance(), "Task_InvestigationReport")))
        .containsExactly("chair");
    assertThat(flow.audit.entries())
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("escalate");
              assertThat(e.detail()).contains("nobody further");
            });
    assertThat(raised.instance())
        .isWaitingAtExactly("Task_InvestigationReport")
        .hasPassed("Task_EscalateInvestigationReport");
  }
}
