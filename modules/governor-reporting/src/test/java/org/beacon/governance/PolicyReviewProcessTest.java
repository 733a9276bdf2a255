package org.beacon.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.beacon.governance.api.PolicyProcesses;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The review cycle of the version in force, with the engine's clock moved by the test: nothing
 * happens until the review comes up, then the DSL reviews; an unchanged policy goes to the
 * governors and the cycle starts again; a new version's approval ends the cycle wherever it waits.
 */
@Deployment(resources = "bpmn/governor-reporting/PolicyReviewProcess.bpmn")
class PolicyReviewProcessTest {

  private static final ZoneId SCHOOL = ZoneId.of("Europe/London");
  private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
  private static final Date OPENS = startOf(LocalDate.of(2026, 6, 3));
  private static final Date DUE = startOf(LocalDate.of(2026, 7, 1));
  private static final Date NEXT_OPENS = startOf(LocalDate.of(2027, 6, 3));
  private static final Date NEXT_DUE = startOf(LocalDate.of(2027, 7, 1));

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDoubles() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
    Mocks.register(
        "governanceOpenPolicyReviewDelegate", (JavaDelegate) execution -> calls.add("opened"));
    Mocks.register(
        "governanceRecordPolicyReviewListener",
        (TaskListener)
            task -> calls.add("reviewed " + task.getVariable(PolicyProcesses.REVIEW_OUTCOME)));
    Mocks.register(
        "governanceRecordReviewDecisionListener",
        (TaskListener)
            task -> {
              Object decision = task.getVariable(PolicyProcesses.REVIEW_DECISION);
              calls.add("governors " + decision);
              if ("approve".equals(decision)) {
                task.setVariable(PolicyProcesses.REVIEW_OPENS_AT, NEXT_OPENS);
                task.setVariable(PolicyProcesses.REVIEW_DUE, NEXT_DUE);
              }
            });
  }

  @AfterEach
  void resetEngine() {
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  @Test
  void theReviewTaskOpensForTheDslWhenTheTimerFiresAndIsDueOnTheReviewDate() {
    ProcessInstance cycle = startCycle();

    assertThat(cycle).isWaitingAt("Timer_ReviewDue");
    assertThat(job(cycle).getDuedate()).isEqualTo(OPENS);
    assertThat(task(cycle)).as("nothing to do before the review comes up").isNull();

    fireTimerAt(cycle, OPENS);

    assertThat(cycle).isWaitingAt("Task_ReviewPolicy");
    assertThat(task(cycle)).hasCandidateGroup("dsl").hasDueDate(DUE);
    assertThat(calls).containsExactly("opened");
  }

  @Test
  void anUnchangedPolicyGoesToTheGovernorsAndOnApprovalTheTimerWaitsForTheNextReview() {
    ProcessInstance cycle = startCycle();
    fireTimerAt(cycle, OPENS);

    complete(
        cycle,
        withVariables(
            PolicyProcesses.REVIEW_OUTCOME,
            "unchanged",
            PolicyProcesses.REVIEW_NOTE,
            "Still right"));
    assertThat(cycle).isWaitingAt("Task_ApproveReview");
    assertThat(task(cycle)).hasCandidateGroup("governor");

    complete(
        cycle,
        withVariables(
            PolicyProcesses.REVIEW_DECISION,
            "return",
            PolicyProcesses.GOVERNOR_NOTE,
            "Check the new DfE standards"));
    assertThat(cycle).isWaitingAt("Task_ReviewPolicy");
    complete(cycle, withVariables(PolicyProcesses.REVIEW_OUTCOME, "unchanged"));
    complete(cycle, withVariables(PolicyProcesses.REVIEW_DECISION, "approve"));

    assertThat(cycle).isWaitingAt("Timer_ReviewDue");
    assertThat(job(cycle).getDuedate()).isEqualTo(NEXT_OPENS);
    assertThat(calls)
        .containsExactly(
            "opened",
            "reviewed unchanged",
            "governors return",
            "reviewed unchanged",
            "governors approve");
  }

  @Test
  void aPolicyThatNeedsANewVersionComesBackToTheDslAfterTwoWeeksWithoutOne() {
    ProcessInstance cycle = startCycle();
    fireTimerAt(cycle, OPENS);
    Date reviewed = ClockUtil.getCurrentTime();

    complete(cycle, withVariables(PolicyProcesses.REVIEW_OUTCOME, "revise"));

    assertThat(cycle).isWaitingAt("Timer_RevisionReminder");
    assertThat(job(cycle).getDuedate())
        .isEqualTo(Date.from(reviewed.toInstant().plus(Duration.ofDays(14))));
    fireTimerAt(cycle, job(cycle).getDuedate());
    assertThat(cycle).isWaitingAt("Task_ReviewPolicy");
  }

  @Test
  void theApprovalOfANewVersionEndsTheCycleWhileItWaitsForTheReview() {
    ProcessInstance cycle = startCycle();

    supersede();

    assertThat(cycle).hasPassed("EndEvent_Superseded").isEnded();
    assertThat(managementService().createJobQuery().processInstanceId(cycle.getId()).count())
        .as("no timer left")
        .isZero();
  }

  @Test
  void theApprovalOfANewVersionClosesAnOpenReviewTask() {
    ProcessInstance cycle = startCycle();
    fireTimerAt(cycle, OPENS);

    supersede();

    assertThat(cycle).hasPassed("Task_ReviewPolicy", "EndEvent_Superseded").isEnded();
  }

  private ProcessInstance startCycle() {
    return runtimeService()
        .startProcessInstanceByKey(
            PolicyProcesses.REVIEW_KEY,
            "POLICY-7",
            withVariables(
                PolicyProcesses.POLICY_ID,
                7L,
                PolicyProcesses.POLICY_TITLE,
                "E-safety policy",
                PolicyProcesses.VERSION_NUMBER,
                2L,
                PolicyProcesses.REVIEW_OPENS_AT,
                OPENS,
                PolicyProcesses.REVIEW_DUE,
                DUE));
  }

  private void supersede() {
    runtimeService()
        .createMessageCorrelation(PolicyProcesses.MSG_SUPERSEDED)
        .processInstanceBusinessKey("POLICY-7")
        .correlateAll();
  }

  private static void fireTimerAt(ProcessInstance cycle, Date at) {
    ClockUtil.setCurrentTime(at);
    Job timer = job(cycle);
    managementService().executeJob(timer.getId());
  }

  private static void complete(ProcessInstance cycle, java.util.Map<String, Object> values) {
    formService().submitTaskForm(task(cycle).getId(), values);
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(SCHOOL).toInstant());
  }
}
