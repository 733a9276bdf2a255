package org.beacon.filtering.infrastructure.bpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.beacon.filtering.InMemory;
import org.beacon.filtering.api.FilteringChangeRequestProcess;
import org.beacon.filtering.application.Wiring;
import org.beacon.filtering.domain.ChangeStatus;
import org.beacon.filtering.domain.FilteringChangeRequest;
import org.beacon.filtering.domain.PatternType;
import org.beacon.filtering.domain.RuleAction;
import org.beacon.filtering.domain.RuleScope;
import org.beacon.platform.api.BeaconProblem;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The change request model: a second person approves or rejects, never the proposer, whatever roles
 * they hold; an approved change is applied, tested again, and applied again until the test passes.
 */
@Deployment(resources = "bpmn/filtering-reports/FilteringChangeRequestProcess.bpmn")
class FilteringChangeRequestProcessTest {

  /** Proposes the change; in this school they also hold the dsl role. */
  private static final String PROPOSER = "toni";

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private InMemory store;

  @BeforeEach
  void wireSteps() {
    init(engine.getProcessEngine());
    store = new InMemory();
    Steps.register(store, engine.getRuntimeService(), Wiring.settings("R/P12M", 5, 200));
  }

  @AfterEach
  void forgetSteps() {
    Mocks.reset();
    reset();
  }

  @Test
  void theProposerCannotClaimTheApprovalEvenHoldingTheDslRole() {
    FilteringChangeRequest request = proposed();
    ProcessInstance flow = start(request);
    Task approval = approvalTask(flow);

    assertThatThrownBy(() -> taskService().claim(approval.getId(), PROPOSER))
        .hasRootCauseInstanceOf(BeaconProblem.class)
        .rootCause()
        .satisfies(problem -> assertThat(((BeaconProblem) problem).status()).isEqualTo(403))
        .hasMessageContaining("second person");
    assertThat(
            taskService().createTaskQuery().taskId(approval.getId()).singleResult().getAssignee())
        .isNull();
    assertThat(request.status()).isEqualTo(ChangeStatus.PROPOSED);
    assertThat(store.audit.entries)
        .contains("claim filtering-change " + request.reference() + " denied");
  }

  @Test
  void theProposerCannotCompleteTheApprovalWithoutClaimingIt() {
    FilteringChangeRequest request = proposed();
    ProcessInstance flow = start(request);
    Task approval = approvalTask(flow);

    engine
        .getIdentityService()
        .setAuthentication(PROPOSER.toUpperCase(), List.of("dsl", "technical"));
    try {
      assertThatThrownBy(
              () ->
                  formService()
                      .submitTaskForm(approval.getId(), withVariables("decision", "approve")))
          .hasRootCauseInstanceOf(BeaconProblem.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(flow).isWaitingAt("Task_ApproveChange");
    assertThat(request.status()).isEqualTo(ChangeStatus.PROPOSED);
    assertThat(request.decidedBy()).isNull();
  }

  @Test
  void aSecondPersonApprovesThenTechnicalAppliesAndTestsItAgain() {
    FilteringChangeRequest request = proposed();
    ProcessInstance flow = start(request);

    claimAndSubmit(
        approvalTask(flow),
        "dana",
        Map.of("decision", "approve", "decisionReason", "Games in lessons"));
    assertThat(request.status()).isEqualTo(ChangeStatus.APPROVED);
    assertThat(request.decidedBy()).isEqualTo("dana");

    Task apply = taskFor(flow, "Task_RecordChangeApplied", "technical");
    claimAndSubmit(
        apply, PROPOSER, Map.of("filterReference", "LS-RULE-88", "appliedAt", "2026-03-03T16:05"));
    assertThat(request.status()).isEqualTo(ChangeStatus.APPLIED);
    assertThat(request.filterReference()).isEqualTo("LS-RULE-88");
    assertThat(request.appliedAt()).isEqualTo(Instant.parse("2026-03-03T16:05:00Z"));
    assertThat(request.appliedBy()).isEqualTo(PROPOSER);

    Task verify = taskFor(flow, "Task_VerifyChange", "technical");
    assertThat(
            formService().getTaskFormData(verify.getId()).getFormFields().stream()
                .filter(f -> f.getId().equals("testUrl"))
                .findFirst()
                .orElseThrow()
                .getValue()
                .getValue())
        .isEqualTo("https://games.example/");
    claimAndSubmit(verify, PROPOSER, Map.of("verificationResult", "asExpected"));

    assertThat(flow)
        .hasPassedInOrder(
            "Gateway_Proposed",
            "Gateway_MergeProposed",
            "Task_ApproveChange",
            "Gateway_Decision",
            "Task_RecordChangeApplied",
            "Task_VerifyChange",
            "Gateway_Verified",
            "EndEvent_ChangeInForce")
        .hasNotPassed("Task_ProposeChange")
        .isEnded();
    assertThat(request.status()).isEqualTo(ChangeStatus.VERIFIED);
  }

  @Test
  void aFailedTestSendsTheChangeBackToBeAppliedAgain() {
    FilteringChangeRequest request = proposed();
    ProcessInstance flow = start(request);
    claimAndSubmit(approvalTask(flow), "harriet", Map.of("decision", "approve"));
    claimAndSubmit(
        taskFor(flow, "Task_RecordChangeApplied", "technical"),
        PROPOSER,
        Map.of("filterReference", "LS-1"));

    Task verify = taskFor(flow, "Task_VerifyChange", "technical");
    taskService().claim(verify.getId(), PROPOSER);
    assertThatThrownBy(
            () ->
                formService()
                    .submitTaskForm(
                        verify.getId(), withVariables("verificationResult", "notAsExpected")))
        .hasRootCauseInstanceOf(BeaconProblem.class);
    formService()
        .submitTaskForm(
            verify.getId(),
            withVariables(
                "verificationResult",
                "notAsExpected",
                "verificationNote",
                "Still loads over HTTPS"));

    assertThat(flow).isWaitingAt("Task_RecordChangeApplied");
    claimAndSubmit(
        taskFor(flow, "Task_RecordChangeApplied", "technical"),
        PROPOSER,
        Map.of("filterReference", "LS-2"));
    claimAndSubmit(
        taskFor(flow, "Task_VerifyChange", "technical"),
        PROPOSER,
        Map.of("verificationResult", "asExpected"));
    assertThat(flow).isEnded();
    assertThat(request.filterReference()).isEqualTo("LS-2");
    assertThat(request.status()).isEqualTo(ChangeStatus.VERIFIED);
  }

  @Test
  void aRejectionNeedsAReasonAndEndsTheRequest() {
    FilteringChangeRequest request = proposed();
    ProcessInstance flow = start(request);
    Task approval = approvalTask(flow);
    taskService().claim(approval.getId(), "harriet");

    assertThatThrownBy(
            () ->
                formService().submitTaskForm(approval.getId(), withVariables("decision", "reject")))
        .hasRootCauseInstanceOf(BeaconProblem.class);
    formService()
        .submitTaskForm(
            approval.getId(),
            withVariables("decision", "reject", "decisionReason", "Needed for computing GCSE"));

    assertThat(flow)
        .hasPassed("EndEvent_ChangeRejected")
        .hasNotPassed("Task_RecordChangeApplied")
        .isEnded();
    assertThat(request.status()).isEqualTo(ChangeStatus.REJECTED);
    assertThat(request.decisionReason()).isEqualTo("Needed for computing GCSE");
    assertThat(request.decidedBy()).isEqualTo("harriet");
  }

  @Test
  void aChangeRaisedFromAReportIsProposedByTechnicalFirstWhoThenCannotApproveIt() {
    ProcessInstance flow =
        runtimeService()
            .startProcessInstanceByKey(
                FilteringChangeRequestProcess.KEY,
                withVariables(
                    FilteringChangeRequestProcess.REPORT_ID, 7L,
                    FilteringChangeRequestProcess.REPORT_REFERENCE, "FLT-2026-0007",
                    FilteringChangeRequestProcess.PROPOSED_ACTION, "block",
                    FilteringChangeRequestProcess.SUGGESTED_PATTERN, "games.example",
                    FilteringChangeRequestProcess.TEST_URL, "https://games.example/play"));
    Task propose = taskFor(flow, "Task_ProposeChange", "technical");
    taskService().claim(propose.getId(), PROPOSER);
    assertThatThrownBy(
            () ->
                formService()
                    .submitTaskForm(
                        propose.getId(),
                        withVariables(
                            "patternType",
                            "domain",
                            "pattern",
                            "not a domain",
                            "action",
                            "block",
                            "reason",
                            "x",
                            "scope",
                            "allUsers")))
        .hasRootCauseInstanceOf(BeaconProblem.class);
    formService()
        .submitTaskForm(
            propose.getId(),
            withVariables(
                "patternType",
                "domain",
                "pattern",
                "Games.Example",
                "action",
                "block",
                "reason",
                "Games in lessons",
                "scope",
                "allUsers"));

    FilteringChangeRequest request = store.changes.all.values().iterator().next();
    assertThat(request.pattern()).isEqualTo("games.example");
    assertThat(request.patternType()).isEqualTo(PatternType.DOMAIN);
    assertThat(request.reportReference()).isEqualTo("FLT-2026-0007");
    assertThat(runtimeService().getVariable(flow.getId(), FilteringChangeRequestProcess.TEST_URL))
        .isEqualTo("https://games.example/play");
    Task approval = approvalTask(flow);
    assertThatThrownBy(() -> taskService().claim(approval.getId(), PROPOSER))
        .hasRootCauseInstanceOf(BeaconProblem.class);
    claimAndSubmit(approval, "dana", Map.of("decision", "approve"));
    assertThat(request.status()).isEqualTo(ChangeStatus.APPROVED);
  }

  // --- helpers -------------------------------------------------------------------------------

  private FilteringChangeRequest proposed() {
    return store.changes.add(
        new FilteringChangeRequest(
            PROPOSER,
            Instant.now(),
            new FilteringChangeRequest.Proposal(
                PatternType.DOMAIN,
                "games.example",
                RuleAction.BLOCK,
                "Online games in lessons",
                RuleScope.ALL_USERS,
                null),
            null,
            null));
  }

  private ProcessInstance start(FilteringChangeRequest request) {
    ProcessInstance instance =
        runtimeService()
            .startProcessInstanceByKey(
                FilteringChangeRequestProcess.KEY,
                request.reference(),
                withVariables(
                    FilteringChangeRequestProcess.CHANGE_REQUEST_ID, request.id(),
                    FilteringChangeRequestProcess.REFERENCE, request.reference(),
                    FilteringChangeRequestProcess.TEST_URL, "https://games.example/"));
    request.startedAs(instance.getId());
    return instance;
  }

  private Task approvalTask(ProcessInstance flow) {
    Task task = taskFor(flow, "Task_ApproveChange", "dsl");
    assertThat(task).hasCandidateGroup("head");
    return task;
  }

  private Task taskFor(ProcessInstance instance, String activityId, String role) {
    assertThat(instance).isWaitingAt(activityId);
    Task task = task(activityId, instance);
    assertThat(task).hasCandidateGroup(role);
    return task;
  }

  private static void claimAndSubmit(Task task, String user, Map<String, Object> values) {
    taskService().claim(task.getId(), user);
    formService().submitTaskForm(task.getId(), values);
  }
}
