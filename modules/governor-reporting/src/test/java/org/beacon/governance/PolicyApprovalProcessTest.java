package org.beacon.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import org.beacon.governance.api.PolicyProcesses;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A policy version goes to the governing body; approved, its review cycle starts. */
@Deployment(resources = "bpmn/governor-reporting/PolicyApprovalProcess.bpmn")
class PolicyApprovalProcessTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDoubles() {
    init(engine.getProcessEngine());
    Mocks.register(
        "governanceRecordVersionDecisionListener",
        (TaskListener)
            task -> calls.add("decision " + task.getVariable(PolicyProcesses.VERSION_DECISION)));
    Mocks.register(
        "governanceStartReviewCycleDelegate",
        (JavaDelegate)
            execution ->
                calls.add(
                    "review cycle of policy " + execution.getVariable(PolicyProcesses.POLICY_ID)));
    Mocks.register(
        "governanceAnnounceApprovedVersionDelegate",
        (JavaDelegate)
            execution ->
                calls.add(
                    "announce version " + execution.getVariable(PolicyProcesses.VERSION_NUMBER)));
  }

  @AfterEach
  void forgetDoubles() {
    Mocks.reset();
    reset();
  }

  @Test
  void theGoverningBodyApprovesAVersionAndItsReviewIsScheduled() {
    ProcessInstance approval = submitVersion();

    assertThat(approval).isWaitingAt("Task_ApproveVersion");
    assertThat(task(approval)).hasCandidateGroup("governor");
    assertThat(formFields(approval))
        .extracting(FormField::getId)
        .containsExactly(
            "policyTitle", "versionNumber", "changeSummary", "versionDecision", "decisionNote");
    assertThat(formFields(approval).get(0).getValue().getValue()).isEqualTo("E-safety policy");

    formService()
        .submitTaskForm(
            task(approval).getId(), withVariables(PolicyProcesses.VERSION_DECISION, "approve"));

    assertThat(approval)
        .hasPassedInOrder(
            "StartEvent_VersionSubmitted",
            "Task_ApproveVersion",
            "Gateway_VersionApproved",
            "Task_StartReviewCycle",
            "EndEvent_VersionInForce")
        .isEnded();
    assertThat(calls)
        .containsExactly("decision approve", "review cycle of policy 7", "announce version 2");
  }

  @Test
  void aVersionTheGovernorsDoNotApproveEndsThereAndSchedulesNothing() {
    ProcessInstance approval = submitVersion();

    formService()
        .submitTaskForm(
            task(approval).getId(),
            withVariables(
                PolicyProcesses.VERSION_DECISION,
                "reject",
                PolicyProcesses.DECISION_NOTE,
                "Section 4 is out of date"));

    assertThat(approval)
        .hasPassed("EndEvent_VersionRejected")
        .hasNotPassed("Task_StartReviewCycle")
        .isEnded();
    assertThat(calls).containsExactly("decision reject");
  }

  private ProcessInstance submitVersion() {
    return runtimeService()
        .startProcessInstanceByKey(
            PolicyProcesses.APPROVAL_KEY,
            "POLICY-7-V2",
            withVariables(
                PolicyProcesses.POLICY_ID,
                7L,
                PolicyProcesses.POLICY_TITLE,
                "E-safety policy",
                PolicyProcesses.VERSION_NUMBER,
                2L,
                PolicyProcesses.CHANGE_SUMMARY,
                "Mobile phones section rewritten"));
  }

  private static List<FormField> formFields(ProcessInstance instance) {
    return formService().getTaskFormData(task(instance).getId()).getFormFields();
  }
}
