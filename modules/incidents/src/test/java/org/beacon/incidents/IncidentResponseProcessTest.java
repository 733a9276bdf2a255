package org.beacon.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.beacon.incidents.api.IncidentProcess.DECISION_KEY;
import static org.beacon.incidents.api.IncidentProcess.IMMEDIATE_RISK;
import static org.beacon.incidents.api.IncidentProcess.INCIDENT_ID;
import static org.beacon.incidents.api.IncidentProcess.INCIDENT_TYPE;
import static org.beacon.incidents.api.IncidentProcess.KEY;
import static org.beacon.incidents.api.IncidentProcess.RECOMMENDED_SANCTIONS;
import static org.beacon.incidents.api.IncidentProcess.REFERENCE;
import static org.beacon.incidents.api.IncidentProcess.REPORTER;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.FormField;
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
 * Every path of the incident response model (seed 001's "Response to an Incident of Concern" flow
 * chart), worked through the task forms as the task API works them, with doubles for the module's
 * delegates and listeners.
 */
@Deployment(resources = "bpmn/incidents/IncidentResponseProcess.bpmn")
class IncidentResponseProcessTest {

  private static final long ID = 42L;
  private static final String REF = "INC-2026-0042";
  private static final String PUPIL_RECOMMENDATION = "Warning; Inform parents / carers";
  private static final String STAFF_RECOMMENDATION = "Warning; Disciplinary action";

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  /** What the doubles were called with: bean name and the execution's incident id. */
  private record Call(String bean, Object incidentId) {}

  private final List<Call> calls = new ArrayList<>();
  private final List<Object> decisionKeys = new ArrayList<>();

  @BeforeEach
  void registerDoubles() {
    init(engine.getProcessEngine());
    listener("incidentsRecordClassificationListener");
    listener("incidentsCheckActionsListener");
    delegate("incidentsRaiseAllegationDelegate");
    delegate("incidentsRequestFilteringReportDelegate");
    delegate("incidentsCloseIncidentDelegate");
    Mocks.register(
        "incidentsRecommendSanctionsDelegate",
        (JavaDelegate)
            execution -> {
              Object key = execution.getVariable(DECISION_KEY);
              decisionKeys.add(key);
              execution.setVariable(
                  RECOMMENDED_SANCTIONS,
                  "PupilSanctions".equals(key) ? PUPIL_RECOMMENDATION : STAFF_RECOMMENDATION);
            });
  }

  @AfterEach
  void forgetDoubles() {
    Mocks.reset();
    reset();
  }

  @Test
  void childAtImmediateRiskMeansThePoliceAreCalledAndRecordedFirst() {
    Instant before = Instant.now();
    ProcessInstance incident = report(true);

    assertThat(incident).isWaitingAt("Task_RecordPoliceContact");
    Task police = taskFor(incident, "Task_RecordPoliceContact", "dsl");
    assertThat(police.getDueDate().toInstant()).isBetween(before, Instant.now());
    assertThatThrownBy(
            () ->
                formService()
                    .submitTaskForm(police.getId(), withVariables("policeContactTime", "10:05")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("policeCalledBy");
    assertThat(incident).isWaitingAt("Task_RecordPoliceContact");

    submit(
        incident,
        "Task_RecordPoliceContact",
        "dsl",
        withVariables(
            "policeContactTime", "10:05",
            "policeCalledBy", "Mrs Lawson",
            "policeReference", "SYP-123"));

    assertThat(incident)
        .hasPassedInOrder(
            "StartEvent_IncidentReported",
            "Gateway_ImmediateRisk",
            "Task_RecordPoliceContact",
            "Gateway_MergeClassify")
        .isWaitingAt("Task_ClassifyIncident")
        .variables()
        .contains(entry("policeReference", "SYP-123"), entry("policeCalledBy", "Mrs Lawson"));
  }

  @Test
  void withoutImmediateRiskTheDslClassifiesWithinADay() {
    Instant before = Instant.now();
    ProcessInstance incident = report(false);

    assertThat(incident)
        .hasPassedInOrder(
            "StartEvent_IncidentReported", "Gateway_ImmediateRisk", "Gateway_MergeClassify")
        .hasNotPassed("Task_RecordPoliceContact")
        .isWaitingAt("Task_ClassifyIncident");
    Task classify = taskFor(incident, "Task_ClassifyIncident", "dsl");
    assertThat(classify.getDueDate().toInstant())
        .isBetween(before.plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));
    assertThat(calls).isEmpty();
  }

  @Test
  void unsureSeeksAdviceAndClassifiesAgain() {
    ProcessInstance incident = report(false);
    classify(incident, "unsure", "content");

    assertThat(incident).isWaitingAt("Task_SeekAdvice");
    submit(
        incident,
        "Task_SeekAdvice",
        "dsl",
        withVariables("adviceFrom", "Safeguarding Advisory Desk", "adviceGiven", "Inappropriate"));
    assertThat(incident).isWaitingAt("Task_ClassifyIncident");
    classify(incident, "inappropriate", "content");
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Task_ClassifyIncident",
            "Gateway_Classification",
            "Task_SeekAdvice",
            "Gateway_MergeClassify",
            "Task_ClassifyIncident",
            "Gateway_Classification",
            "Gateway_InappropriateInvolves",
            "Event_FilteringReportRequested",
            "Gateway_MergeClose");
    assertThat(callsOf("incidentsRecordClassificationListener")).containsExactly(ID, ID);
    assertClosed(incident);
  }

  @Test
  void illegalContentIsPreservedThenReportedToTheIwfOrPolice() {
    ProcessInstance incident = report(false);
    classify(incident, "illegal", "content");
    preserveEvidence(incident);

    submit(
        incident,
        "Task_ReportIllegalContent",
        "dsl",
        withVariables("reportedTo", "iwf", "externalReference", "IWF-77"));
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Gateway_Classification",
            "Task_PreserveEvidence",
            "Gateway_IllegalInvolves",
            "Task_ReportIllegalContent",
            "Gateway_MergeClose",
            "Task_RecordOutcome")
        .hasNotPassed("Event_AllegationRaised", "Task_ChildProtection");
    assertThat(callsOf("incidentsRaiseAllegationDelegate")).isEmpty();
    assertClosed(incident);
  }

  @Test
  void illegalMaterialInvolvingAChildFollowsChildProtectionAndCeop() {
    ProcessInstance incident = report(false);
    classify(incident, "illegal", "child");
    preserveEvidence(incident);

    submit(
        incident,
        "Task_ChildProtection",
        "dsl",
        withVariables(
            "childProtectionSteps", "Designated co-ordinator informed", "ceopReference", "CEOP-9"));
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Task_PreserveEvidence",
            "Gateway_IllegalInvolves",
            "Task_ChildProtection",
            "Gateway_MergeClose")
        .hasNotPassed("Task_ReportIllegalContent", "Event_AllegationRaised");
    assertClosed(incident);
  }

  @Test
  void illegalMaterialInvolvingStaffRaisesAnAllegationWithoutSuspension() {
    ProcessInstance incident = report(false);
    classify(incident, "illegal", "staff");
    preserveEvidence(incident);

    assertThat(callsOf("incidentsRaiseAllegationDelegate")).containsExactly(ID);
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Gateway_IllegalInvolves",
            "Event_AllegationRaised",
            "Gateway_ChildAbuseImages",
            "Gateway_MergeClose")
        .hasNotPassed("Task_SuspendAndInformPolice");
    assertClosed(incident);
  }

  @Test
  void childAbuseImagesOnStaffMeanImmediateSuspensionAndPoliceByTheHead() {
    ProcessInstance incident = report(false);
    classify(incident, "illegal", "staff", "childAbuseImages", true);
    preserveEvidence(incident);

    assertThat(callsOf("incidentsRaiseAllegationDelegate")).containsExactly(ID);
    assertThat(incident).isWaitingAt("Task_SuspendAndInformPolice");
    submit(
        incident,
        "Task_SuspendAndInformPolice",
        "head",
        withVariables("suspensionConfirmed", true, "suspensionPoliceReference", "SYP-456"));
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Event_AllegationRaised",
            "Gateway_ChildAbuseImages",
            "Task_SuspendAndInformPolice",
            "Gateway_MergeClose");
    assertClosed(incident);
  }

  @Test
  void inappropriateContentRequestsAFilteringReport() {
    ProcessInstance incident = report(false);
    classify(incident, "inappropriate", "content");

    assertThat(callsOf("incidentsRequestFilteringReportDelegate")).containsExactly(ID);
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Gateway_Classification",
            "Gateway_InappropriateInvolves",
            "Event_FilteringReportRequested",
            "Gateway_MergeClose")
        .hasNotPassed("Task_PreserveEvidence", "Task_RecommendPupilSanctions");
    assertClosed(incident);
  }

  @Test
  void inappropriateUseByAPupilPreTicksExactlyTheMatrixRecommendation() {
    ProcessInstance incident = report(false);
    classify(incident, "inappropriate", "child");

    assertThat(decisionKeys).containsExactly("PupilSanctions");
    assertThat(incident).isWaitingAt("Task_DecidePupilActions");
    Task decide = taskFor(incident, "Task_DecidePupilActions", "dsl");
    assertThat(formValues(decide))
        .containsEntry(RECOMMENDED_SANCTIONS, PUPIL_RECOMMENDATION)
        .containsEntry("actionReferToClassTeacher", false)
        .containsEntry("actionReferToHeadOfDepartment", false)
        .containsEntry("actionReferToHeadteacher", false)
        .containsEntry("actionReferToPolice", false)
        .containsEntry("actionReferToTechnicalSupport", false)
        .containsEntry("actionInformParents", true)
        .containsEntry("actionRemoveNetworkAccess", false)
        .containsEntry("actionWarning", true)
        .containsEntry("actionFurtherSanction", false);

    formService()
        .submitTaskForm(decide.getId(), withVariables("schoolActions", "PSHE session"));
    assertThat(callsOf("incidentsCheckActionsListener")).containsExactly(ID);
    assertThat(incident)
        .variables()
        .contains(
            entry("actionWarning", true),
            entry("actionInformParents", true),
            entry("actionReferToPolice", false),
            entry("actionFurtherSanction", false));
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Gateway_InappropriateInvolves",
            "Task_RecommendPupilSanctions",
            "Task_DecidePupilActions",
            "Gateway_MergeClose");
    assertClosed(incident);
  }

  @Test
  void inappropriateUseByStaffWithoutADisciplinaryStepNeedsNoHead() {
    ProcessInstance incident = report(false);
    classify(incident, "inappropriate", "staff");

    assertThat(decisionKeys).containsExactly("StaffSanctions");
    Task propose = taskFor(incident, "Task_ProposeStaffActions", "dsl");
    assertThat(formValues(propose))
        .containsEntry(RECOMMENDED_SANCTIONS, STAFF_RECOMMENDATION)
        .containsEntry("actionReferToLineManager", false)
        .containsEntry("actionWarning", true)
        .containsEntry("actionSuspension", false)
        .containsEntry("actionDisciplinary", true);
    formService()
        .submitTaskForm(
            propose.getId(),
            withVariables("actionDisciplinary", false, "differenceReason", "First offence"));
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Task_RecommendStaffSanctions",
            "Task_ProposeStaffActions",
            "Gateway_NeedsHeadApproval",
            "Gateway_MergeClose")
        .hasNotPassed("Task_ApproveDisciplinaryAction");
    assertClosed(incident);
  }

  @Test
  void disciplinaryActionGoesAheadOnceTheHeadApproves() {
    ProcessInstance incident = report(false);
    classify(incident, "inappropriate", "staff");
    submit(incident, "Task_ProposeStaffActions", "dsl", Map.of());

    assertThat(incident).isWaitingAt("Task_ApproveDisciplinaryAction");
    submit(
        incident,
        "Task_ApproveDisciplinaryAction",
        "head",
        withVariables("approval", "approve", "approvalReason", "In line with the policy"));
    assertThat(incident)
        .isWaitingAt("Task_RecordOutcome")
        .variables()
        .contains(entry("actionDisciplinary", true), entry("approval", "approve"));
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Task_ProposeStaffActions",
            "Gateway_NeedsHeadApproval",
            "Task_ApproveDisciplinaryAction",
            "Gateway_Approved",
            "Gateway_MergeClose");
    assertClosed(incident);
  }

  @Test
  void aRejectedDisciplinaryActionGoesBackToTheDsl() {
    ProcessInstance incident = report(false);
    classify(incident, "inappropriate", "staff");
    submit(incident, "Task_ProposeStaffActions", "dsl", Map.of());
    submit(
        incident,
        "Task_ApproveDisciplinaryAction",
        "head",
        withVariables("approval", "reject", "approvalReason", "Training first"));

    assertThat(incident).isWaitingAt("Task_ProposeStaffActions");
    Task again = taskFor(incident, "Task_ProposeStaffActions", "dsl");
    assertThat(formValues(again)).containsEntry("actionDisciplinary", true);
    formService()
        .submitTaskForm(
            again.getId(),
            withVariables(
                "actionDisciplinary", false,
                "staffSupport", "E-safety training",
                "differenceReason", "The head asked for training first"));
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Task_ProposeStaffActions",
            "Gateway_NeedsHeadApproval",
            "Task_ApproveDisciplinaryAction",
            "Gateway_Approved",
            "Task_ProposeStaffActions",
            "Gateway_NeedsHeadApproval",
            "Gateway_MergeClose");
    assertThat(callsOf("incidentsCheckActionsListener")).containsExactly(ID, ID);
    assertClosed(incident);
  }

  @Test
  void aPolicyToReviewIsReviewedBeforeTheIncidentCloses() {
    ProcessInstance incident = report(false);
    classify(incident, "inappropriate", "content");
    submit(
        incident,
        "Task_RecordOutcome",
        "dsl",
        withVariables("outcomeSummary", "Site blocked", "reviewPolicy", true));

    assertThat(incident).isWaitingAt("Task_ReviewPolicy");
    assertThat(callsOf("incidentsCloseIncidentDelegate")).isEmpty();
    submit(
        incident,
        "Task_ReviewPolicy",
        "dsl",
        withVariables("policyToReview", "Filtering policy", "changesAgreed", "Weekly log review"));

    assertThat(incident)
        .hasPassedInOrder(
            "Task_RecordOutcome",
            "Gateway_ReviewPolicy",
            "Task_ReviewPolicy",
            "Task_CloseIncident",
            "EndEvent_IncidentClosed");
    assertClosed(incident);
  }

  @Test
  void withoutAPolicyToReviewTheIncidentClosesAtOnce() {
    ProcessInstance incident = report(false);
    classify(incident, "inappropriate", "content");
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Task_RecordOutcome",
            "Gateway_ReviewPolicy",
            "Task_CloseIncident",
            "EndEvent_IncidentClosed")
        .hasNotPassed("Task_ReviewPolicy");
    assertClosed(incident);
  }

  // ------------------------------------------------------------------------------------------

  private ProcessInstance report(boolean immediateRisk) {
    return runtimeService()
        .startProcessInstanceByKey(
            KEY,
            REF,
            withVariables(
                INCIDENT_ID, ID,
                REFERENCE, REF,
                INCIDENT_TYPE, "Unauthorised downloading or uploading of files",
                IMMEDIATE_RISK, immediateRisk,
                REPORTER, "teacher1"));
  }

  private void classify(
      ProcessInstance incident, String classification, String involves, Object... more) {
    Map<String, Object> values =
        new HashMap<>(withVariables("classification", classification, "involves", involves));
    for (int i = 0; i < more.length; i += 2) {
      values.put((String) more[i], more[i + 1]);
    }
    submit(incident, "Task_ClassifyIncident", "dsl", values);
  }

  private void preserveEvidence(ProcessInstance incident) {
    submit(
        incident,
        "Task_PreserveEvidence",
        "technical",
        withVariables("evidenceSecured", "Laptop LT-14, unplugged", "evidenceLocation", "Safe 2"));
  }

  private void closeWithoutPolicyReview(ProcessInstance incident) {
    submit(
        incident,
        "Task_RecordOutcome",
        "dsl",
        withVariables("outcomeSummary", "Dealt with", "reviewPolicy", false));
  }

  /** The task waiting at the activity, offered to the role. */
  private Task taskFor(ProcessInstance incident, String activityId, String role) {
    assertThat(incident).isWaitingAt(activityId);
    Task task = task(activityId, incident);
    assertThat(task).hasCandidateGroup(role);
    return task;
  }

  /** Submits the task's form, as the task API does. */
  private void submit(
      ProcessInstance incident, String activityId, String role, Map<String, Object> values) {
    formService().submitTaskForm(taskFor(incident, activityId, role).getId(), values);
  }

  /** The values the form shows: the variable's value if set, otherwise the field's default. */
  private Map<String, Object> formValues(Task task) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (FormField field : formService().getTaskFormData(task.getId()).getFormFields()) {
      values.put(field.getId(), field.getValue() == null ? null : field.getValue().getValue());
    }
    return values;
  }

  private void assertClosed(ProcessInstance incident) {
    assertThat(incident).hasPassed("Task_CloseIncident", "EndEvent_IncidentClosed").isEnded();
    assertThat(callsOf("incidentsCloseIncidentDelegate")).containsExactly(ID);
  }

  private List<Object> callsOf(String bean) {
    return calls.stream().filter(call -> call.bean().equals(bean)).map(Call::incidentId).toList();
  }

  private void listener(String bean) {
    Mocks.register(bean, (TaskListener) task -> record(bean, task.getExecution()));
  }

  private void delegate(String bean) {
    Mocks.register(bean, (JavaDelegate) execution -> record(bean, execution));
  }

  private void record(String bean, DelegateExecution execution) {
    calls.add(new Call(bean, execution.getVariable(INCIDENT_ID)));
  }
}
