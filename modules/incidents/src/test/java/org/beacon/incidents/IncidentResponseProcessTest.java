package org.beacon.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.DeviceOwnership;
import org.beacon.incidents.domain.InvolvedPupil;
import org.beacon.incidents.domain.PartyDecision;
import org.beacon.incidents.infrastructure.bpm.CheckEvidenceListener;
import org.beacon.incidents.infrastructure.bpm.ResponseSteps;
import org.beacon.platform.api.WorkingDays;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the incident response model (seed 001's "Response to an Incident of Concern" flow
 * chart), worked through the task forms as the task API works them, with doubles for the module's
 * delegates and listeners.
 */
@Deployment(
    resources = {
      "bpmn/incidents/IncidentResponseProcess.bpmn",
      "bpmn/incidents/PupilSanctions.dmn",
      "bpmn/incidents/StaffSanctions.dmn",
      "bpmn/incidents/RepeatOffenceWindow.dmn",
      "bpmn/incidents/IncidentActionTasks.dmn",
      "bpmn/incidents/StaffMisconductCategory.dmn"
    })
class IncidentResponseProcessTest {

  private static final long ID = 42L;
  private static final String REF = "INC-2026-0042";
  private static final String PUPIL_RECOMMENDATION = "Warning; Inform parents / carers";
  private static final String STAFF_RECOMMENDATION = "Warning; Disciplinary action";
  private static final String CHOICES =
      "Warning\nInform parents / carers\nRefer to Police\nDisciplinary action\nSuspension";

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  /** What the doubles were called with: bean name and the execution's incident id. */
  private record Call(String bean, Object incidentId) {}

  /** The people the incident names, as {@code incidentsInvolved} answers the model. */
  public static final class Involved {
    List<String> pupils = List.of("P1001");
    List<String> staff = List.of("staff2");

    public List<String> pupils(Object incidentId) {
      assertThat(incidentId).isEqualTo(ID);
      return pupils;
    }

    public List<String> staff(Object incidentId) {
      assertThat(incidentId).isEqualTo(ID);
      return staff;
    }
  }

  /**
   * The actions decided that become tasks, as {@code incidentsActions} answers the model: none here
   * (the double of the action check records no decision); ActionTasksProcessTest runs the real
   * ones.
   */
  public static final class NoActionTasks {
    public List<String> toDo(Object incidentId, Object party) {
      assertThat(incidentId).isEqualTo(ID);
      assertThat(party).isNotNull();
      return List.of();
    }
  }

  private final List<Call> calls = new ArrayList<>();
  private final List<Object> decisionKeys = new ArrayList<>();

  /** The party each sanction lookup was for, in order. */
  private final List<Object> decisionParties = new ArrayList<>();

  /** The one person each allegation message was about, in order. */
  private final List<Object> allegedStaff = new ArrayList<>();

  private final Involved involved = new Involved();
  private final WorkingDays calendar = ResponseSteps.shippedCalendar();

  @BeforeEach
  void registerDoubles() {
    init(engine.getProcessEngine());
    Mocks.register("workingDays", calendar);
    listener("incidentsRecordClassificationListener");
    listener("incidentsCheckActionsListener");
    listener("incidentsCheckEvidenceListener");
    Mocks.register(
        "incidentsRaiseAllegationDelegate",
        (JavaDelegate)
            execution -> {
              record("incidentsRaiseAllegationDelegate", execution);
              allegedStaff.add(execution.getVariable("staffReference"));
            });
    Mocks.register("incidentsInvolved", involved);
    Mocks.register("incidentsActions", new NoActionTasks());
    listener("incidentsCheckActionDoneListener");
    delegate("incidentsRequestFilteringReportDelegate");
    delegate("incidentsCloseIncidentDelegate");
    Mocks.register(
        "incidentsFindCaseManagerDelegate",
        (JavaDelegate) execution -> execution.setVariable("staffCaseManager", "head"));
    Mocks.register(
        "incidentsFindEarlierIncidentsDelegate",
        (JavaDelegate)
            execution -> {
              execution.setVariable(IncidentProcess.EARLIER_INCIDENTS, "none");
              execution.setVariable(IncidentProcess.REPEAT_OFFENCE, false);
            });
    Mocks.register(
        "incidentsRecordRecommendationListener",
        (ExecutionListener)
            execution -> {
              String key =
                  ((BusinessRuleTask) execution.getBpmnModelElementInstance())
                      .getCamundaDecisionRef();
              decisionKeys.add(key);
              decisionParties.add(execution.getVariable("party"));
              String recommended =
                  "PupilSanctions".equals(key) ? PUPIL_RECOMMENDATION : STAFF_RECOMMENDATION;
              execution.setVariable(RECOMMENDED_SANCTIONS, recommended);
              execution.setVariable(
                  IncidentProcess.ACTIONS_DECIDED, recommended.replace("; ", "\n"));
              execution.setVariable(IncidentProcess.SANCTION_CHOICES, CHOICES);
              execution.setVariable(
                  IncidentProcess.RECOMMENDED_FOR_REPEAT,
                  Boolean.TRUE.equals(execution.getVariable(IncidentProcess.REPEAT_OFFENCE)));
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
  void withoutImmediateRiskTheDslClassifiesWithinAWorkingDay() {
    Instant before = Instant.now();
    ProcessInstance incident = report(false);
    Instant after = Instant.now();

    assertThat(incident)
        .hasPassedInOrder(
            "StartEvent_IncidentReported", "Gateway_ImmediateRisk", "Gateway_MergeClassify")
        .hasNotPassed("Task_RecordPoliceContact")
        .isWaitingAt("Task_ClassifyIncident");
    Task classify = taskFor(incident, "Task_ClassifyIncident", "dsl");
    assertThat(classify.getDueDate().toInstant())
        .isBetween(
            calendar.after(java.util.Date.from(before), 1).toInstant(),
            calendar.after(java.util.Date.from(after), 1).toInstant());
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
  void illegalContentIsReportedToTheIwfOrPoliceBesideTheEvidence() {
    ProcessInstance incident = report(false);
    classify(incident, "illegal", "content");
    preserveEvidence(incident);
    adviceAndAgencies(incident);

    submit(
        incident,
        "Task_ReportIllegalContent",
        "dsl",
        withVariables("reportedTo", "iwf", "externalReference", "IWF-77"));
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Gateway_Classification",
            "Gateway_IllegalFork",
            "Gateway_IllegalInvolves",
            "Task_ReportIllegalContent",
            "Gateway_IllegalJoin",
            "Gateway_IllegalEnd",
            "Gateway_MergeClose",
            "Task_RecordOutcome")
        .hasPassedInOrder("Gateway_IllegalFork", "Task_PreserveEvidence", "Gateway_IllegalEnd")
        .hasPassedInOrder("Gateway_IllegalFork", "Task_ContactAdvisoryDesk", "Gateway_IllegalEnd")
        .hasPassedInOrder("Gateway_IllegalFork", "Task_NotifyAgencies", "Gateway_IllegalEnd")
        .hasNotPassed("Task_RaiseAllegation", "Task_ChildProtection");
    assertThat(callsOf("incidentsRaiseAllegationDelegate")).isEmpty();
    assertClosed(incident);
  }

  @Test
  void illegalMaterialInvolvingAChildFollowsChildProtectionCeopAndTheMashReferral() {
    ProcessInstance incident = report(false);
    classify(incident, "illegal", "child");
    preserveEvidence(incident);
    adviceAndAgencies(incident);

    submit(
        incident,
        "Task_ChildProtection",
        "dsl",
        withVariables(
            "childProtectionSteps", "Designated co-ordinator informed", "ceopReference", "CEOP-9"));
    assertThat(tasks(incident, "Task_RecordOutcome"))
        .as("the MASH referral is still open")
        .isEmpty();
    referToMash(incident);
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Gateway_IllegalFork",
            "Gateway_IllegalInvolves",
            "Task_ChildProtection",
            "Task_ReferToChildrensSocialCare",
            "Gateway_IllegalJoin",
            "Gateway_IllegalEnd",
            "Gateway_MergeClose")
        .variables()
        .contains(
            entry("mashReference", "MASH-2026-17"), entry("mashDecision", "Strategy discussion"));
    assertThat(incident).hasNotPassed("Task_ReportIllegalContent", "Task_RaiseAllegation");
    assertClosed(incident);
  }

  @Test
  void illegalMaterialInvolvingStaffRaisesAnAllegationWithoutSuspension() {
    ProcessInstance incident = report(false);
    classify(incident, "illegal", "staff");
    preserveEvidence(incident);
    adviceAndAgencies(incident);

    assertThat(callsOf("incidentsRaiseAllegationDelegate")).containsExactly(ID);
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Gateway_IllegalInvolves",
            "Task_RaiseAllegation",
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
    adviceAndAgencies(incident);

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
            "Task_RaiseAllegation",
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
        .containsEntry(IncidentProcess.ACTIONS_DECIDED, "Warning\nInform parents / carers")
        .containsEntry(IncidentProcess.EARLIER_INCIDENTS, "none")
        .containsEntry(IncidentProcess.REPEAT_OFFENCE, false);

    formService().submitTaskForm(decide.getId(), withVariables("schoolActions", "PSHE session"));
    assertThat(callsOf("incidentsCheckActionsListener")).containsExactly(ID);
    assertThat(decisionParties).containsExactly("P1001");
    assertThat(decidedFor(incident, "P1001"))
        .contains(
            entry(IncidentProcess.ACTIONS_DECIDED, "Warning\nInform parents / carers"),
            entry("schoolActions", "PSHE session"));
    assertThat(incident)
        .variables()
        .doesNotContainKeys(IncidentProcess.ACTIONS_DECIDED, "schoolActions");
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Gateway_InappropriateInvolves",
            "StartEvent_PupilActions",
            "Task_RecommendPupilSanctions",
            "Task_DecidePupilActions",
            "EndEvent_PupilDecided",
            "Gateway_InappropriateJoin",
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
        .containsEntry(IncidentProcess.ACTIONS_DECIDED, "Warning\nDisciplinary action");
    formService()
        .submitTaskForm(
            propose.getId(),
            withVariables(
                IncidentProcess.ACTIONS_DECIDED, "Warning", "differenceReason", "First offence"));
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
        .as("seed 003's category runs beside the actions")
        .isWaitingAt("Task_GrossMisconduct", "Task_RecordHrReport");
    ResponseSteps.completeStaffCategorySteps(engine.getProcessEngine(), incident.getId());
    assertThat(incident)
        .isWaitingAt("Task_RecordOutcome")
        .variables()
        .contains(
            entry(IncidentProcess.ACTIONS_DECIDED, "Warning\nDisciplinary action"),
            entry("approval", "approve"));
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
    assertThat(formValues(again))
        .containsEntry(IncidentProcess.ACTIONS_DECIDED, "Warning\nDisciplinary action");
    formService()
        .submitTaskForm(
            again.getId(),
            withVariables(
                IncidentProcess.ACTIONS_DECIDED,
                "Warning",
                "staffSupport",
                "E-safety training",
                "differenceReason",
                "The head asked for training first"));
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

  @Test
  void anInappropriateIncidentInvolvingTwoPupilsStaffAndContentRunsEveryBranch() {
    involved.pupils = List.of("P1001", "P1002");
    ProcessInstance incident = report(false);
    classify(incident, "inappropriate", "child,staff,content");

    assertThat(callsOf("incidentsRequestFilteringReportDelegate")).containsExactly(ID);
    assertThat(decisionParties).containsExactlyInAnyOrder("P1001", "P1002", "staff");
    List<Task> pupils = tasks(incident, "Task_DecidePupilActions");
    assertThat(pupils).hasSize(2).allSatisfy(t -> assertThat(t).hasCandidateGroup("dsl"));
    Task first = pupilTask(incident, "P1001");
    Task second = pupilTask(incident, "P1002");
    assertThat(formValues(first)).containsEntry(RECOMMENDED_SANCTIONS, PUPIL_RECOMMENDATION);
    assertThat(tasks(incident, "Task_ProposeStaffActions")).hasSize(1);

    formService()
        .submitTaskForm(
            first.getId(),
            withVariables(
                IncidentProcess.ACTIONS_DECIDED,
                "Inform parents / carers",
                "differenceReason",
                "Younger pupil, led on"));
    // One pupil's choice never shows on another's form.
    assertThat(formValues(second))
        .containsEntry("pupil", "P1002")
        .containsEntry(IncidentProcess.ACTIONS_DECIDED, "Warning\nInform parents / carers")
        .containsEntry("differenceReason", "");
    formService().submitTaskForm(second.getId(), Map.of());
    assertThat(tasks(incident, "Task_RecordOutcome"))
        .as("the staff branch is still open")
        .isEmpty();

    submit(
        incident,
        "Task_ProposeStaffActions",
        "dsl",
        withVariables(
            IncidentProcess.ACTIONS_DECIDED, "Warning", "differenceReason", "First offence"));
    assertThat(tasks(incident, "Task_RecordOutcome"))
        .as("the staff category is still open")
        .isEmpty();
    ResponseSteps.completeStaffCategorySteps(engine.getProcessEngine(), incident.getId());
    assertThat(tasks(incident, "Task_RecordOutcome")).as("every branch joined once").hasSize(1);
    assertThat(decidedFor(incident, "P1001"))
        .containsEntry(IncidentProcess.ACTIONS_DECIDED, "Inform parents / carers");
    assertThat(decidedFor(incident, "P1002"))
        .containsEntry(IncidentProcess.ACTIONS_DECIDED, "Warning\nInform parents / carers");
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Gateway_InappropriateInvolves",
            "Event_FilteringReportRequested",
            "Gateway_InappropriateJoin")
        .hasPassedInOrder(
            "Gateway_InappropriateInvolves",
            "StartEvent_PupilActions",
            "Task_DecidePupilActions",
            "Gateway_InappropriateJoin",
            "Gateway_MergeClose",
            "Task_RecordOutcome")
        .hasPassedInOrder(
            "Gateway_InappropriateInvolves",
            "Task_RecommendStaffSanctions",
            "Task_ProposeStaffActions",
            "Gateway_NeedsHeadApproval",
            "Gateway_InappropriateJoin")
        .hasNotPassed("Task_PreserveEvidence", "Task_RaiseAllegation");
    assertThat(callsOf("incidentsCheckActionsListener")).containsExactly(ID, ID, ID);
    assertClosed(incident);
  }

  @Test
  void
      illegalImagesAMemberOfStaffSentAPupilFromAWebsiteOpenEveryReferralAndAnAllegationPerPersonNamed() {
    involved.staff = List.of("staff2", "Smith, John");
    ProcessInstance incident = report(false);
    classify(incident, "illegal", "child,staff,content");

    assertThat(allegedStaff)
        .as("one message per person, each whole")
        .containsExactly("staff2", "Smith, John");
    assertThat(incident)
        .isWaitingAt(
            "Task_PreserveEvidence",
            "Task_ContactAdvisoryDesk",
            "Task_NotifyAgencies",
            "Task_ChildProtection",
            "Task_ReportIllegalContent");
    // The CEOP referral never waits for the technician.
    submit(
        incident,
        "Task_ChildProtection",
        "dsl",
        withVariables(
            "childProtectionSteps", "Designated co-ordinator informed", "ceopReference", "CEOP-9"));
    referToMash(incident);
    assertThat(tasks(incident, "Task_RecordOutcome"))
        .as("the content report is still open")
        .isEmpty();
    submit(
        incident,
        "Task_ReportIllegalContent",
        "dsl",
        withVariables("reportedTo", "iwf", "externalReference", "IWF-77"));
    adviceAndAgencies(incident);
    assertThat(openTasks(incident))
        .as("the incident waits for the evidence at the join")
        .containsExactly("Task_PreserveEvidence");
    preserveEvidence(incident);
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder("Gateway_IllegalInvolves", "Task_ChildProtection", "Gateway_IllegalJoin")
        .hasPassedInOrder(
            "Gateway_IllegalInvolves", "Task_ReportIllegalContent", "Gateway_IllegalJoin")
        .hasPassedInOrder(
            "Gateway_IllegalInvolves",
            "Task_RaiseAllegation",
            "Gateway_ChildAbuseImages",
            "Gateway_IllegalJoin",
            "Gateway_MergeClose",
            "Task_RecordOutcome")
        .hasPassedInOrder(
            "Task_ChildProtection",
            "Task_ReportIllegalContent",
            "Task_PreserveEvidence",
            "Gateway_IllegalEnd")
        .hasNotPassed("Task_SuspendAndInformPolice", "SubProcess_PupilActions");
    assertThat(callsOf("incidentsRaiseAllegationDelegate")).containsExactly(ID, ID);
    assertClosed(incident);
  }

  @Test
  void anIncidentNamingNoStaffStillRaisesOneAllegationAboutSomeoneNotYetNamed() {
    involved.staff = List.of("");
    ProcessInstance incident = report(false);
    classify(incident, "illegal", "staff");
    preserveEvidence(incident);
    adviceAndAgencies(incident);

    assertThat(allegedStaff).containsExactly("");
    assertThat(incident).isWaitingAt("Task_RecordOutcome");
  }

  @Test
  @Deployment(
      resources = {
        "bpmn/incidents/IncidentResponseProcess.bpmn",
        "bpmn/incidents/PupilSanctions.dmn",
        "bpmn/incidents/StaffSanctions.dmn",
        "bpmn/incidents/RepeatOffenceWindow.dmn",
        "bpmn/incidents/IncidentActionTasks.dmn",
        "bpmn/incidents/StaffMisconductCategory.dmn"
      })
  void eachPupilsActionsAreRecordedForThatPupilAndTheIncidentKeepsTheirUnion() {
    Instant now = Instant.now();
    org.beacon.incidents.domain.Incident logged =
        new org.beacon.incidents.domain.Incident(
            "teacher1",
            now,
            now,
            "ICT suite",
            DeviceOwnership.SCHOOL,
            null,
            "Two pupils on a game site",
            List.of(),
            List.of(new InvolvedPupil("P1001", "Year 8"), new InvolvedPupil("P1002", "Year 8")),
            List.of(),
            "Unauthorised downloading or uploading of files",
            null,
            false);
    ResponseSteps.on(
            logged,
            engine.getProcessEngine().getDecisionService(),
            engine.getProcessEngine().getRepositoryService())
        .forEach(Mocks::register);
    ProcessInstance incident = report(false);
    classify(incident, "inappropriate", "child");

    Task first = pupilTask(incident, "P1001");
    Set<String> recommended = ticked(first);
    assertThat(recommended).as("the matrix's row for this type").isNotEmpty();
    assertThatThrownBy(
            () ->
                formService()
                    .submitTaskForm(
                        first.getId(),
                        withVariables(IncidentProcess.ACTIONS_DECIDED, withPolice(first))))
        .hasMessageContaining("differ");
    formService()
        .submitTaskForm(
            first.getId(),
            withVariables(
                IncidentProcess.ACTIONS_DECIDED,
                withPolice(first),
                "differenceReason",
                "Shared with strangers"));
    formService().submitTaskForm(pupilTask(incident, "P1002").getId(), Map.of());

    assertThat(logged.decisions())
        .extracting(PartyDecision::party)
        .containsExactly("P1001", "P1002");
    PartyDecision p1001 = logged.decisions().get(0);
    PartyDecision p1002 = logged.decisions().get(1);
    assertThat(p1001.actions()).contains("Refer to Police").containsAll(recommended);
    assertThat(p1001.differenceReason()).isEqualTo("Shared with strangers");
    assertThat(p1002.actions()).containsExactlyInAnyOrderElementsOf(recommended);
    assertThat(p1002.differenceReason()).isNull();
    assertThat(logged.actionsTaken())
        .as("each action once for the statistics")
        .containsExactlyInAnyOrderElementsOf(p1001.actions());
    assertThat(logged.differenceReason()).isEqualTo("P1001: Shared with strangers");
    List<Task> actionTasks = tasks(incident, "Task_CarryOutPupilAction");
    assertThat(actionTasks)
        .extracting(Task::getName)
        .as("P1001's referral to the police is a task")
        .contains("Refer to Police");
    assertThat(tasks(incident, "Task_RecordOutcome"))
        .as("the action tasks are still open")
        .isEmpty();
    actionTasks.forEach(
        t -> formService().submitTaskForm(t.getId(), withVariables("actionOutcome", "done")));
    assertThat(incident).isWaitingAt("Task_RecordOutcome");
  }

  @Test
  void theDslRaisingImmediateRiskMidwayOpensThePoliceStepBesideTheRestOfTheResponse() {
    ProcessInstance incident = report(false);
    classify(incident, "inappropriate", "child");
    assertThat(openTasks(incident)).containsExactly("Task_DecidePupilActions");

    runtimeService()
        .createMessageCorrelation("Msg_ImmediateRiskRaised")
        .processInstanceId(incident.getId())
        .setVariable(IMMEDIATE_RISK, true)
        .correlate();

    assertThat(incident).isWaitingAt("Task_DecidePupilActions", "Task_RaisedRiskPoliceContact");
    Task police = taskFor(incident, "Task_RaisedRiskPoliceContact", "dsl");
    assertThat(police.getDueDate()).as("due at once").isNotNull();
    submit(
        incident,
        "Task_RaisedRiskPoliceContact",
        "dsl",
        withVariables(
            "policeContactTime",
            "11:05",
            "policeCalledBy",
            "Mrs Lawson",
            "policeReference",
            "SYP-789"));
    submit(incident, "Task_DecidePupilActions", "dsl", Map.of());
    closeWithoutPolicyReview(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "StartEvent_ImmediateRiskRaised",
            "Task_RaisedRiskPoliceContact",
            "EndEvent_RaisedRiskRecorded")
        .hasNotPassed("Task_RecordPoliceContact");
    assertClosed(incident);
    assertThatThrownBy(
            () ->
                runtimeService()
                    .createMessageCorrelation("Msg_ImmediateRiskRaised")
                    .processInstanceId(incident.getId())
                    .correlate())
        .as("nothing to raise on a closed incident")
        .isInstanceOf(ProcessEngineException.class);
  }

  @Test
  void suspectedChildAbuseImagesAreNeverHashed() {
    Mocks.register("incidentsCheckEvidenceListener", new CheckEvidenceListener());
    ProcessInstance incident = report(false);
    classify(incident, "illegal", "child", "childAbuseImages", true);
    Task evidence = taskFor(incident, "Task_PreserveEvidence", "technical");
    Map<String, Object> secured =
        new HashMap<>(
            withVariables(
                "deviceIsolated", true,
                "evidenceSecured", "Phone, switched off by the police",
                "evidenceLocation", "Safe 2",
                "evidenceSecuredBy", "Mr Tech"));
    secured.put("evidenceHash", "a".repeat(64));

    assertThatThrownBy(() -> formService().submitTaskForm(evidence.getId(), secured))
        .hasMessageContaining("Never hash");
    assertThat(incident).isWaitingAt("Task_PreserveEvidence");
    secured.remove("evidenceHash");
    formService().submitTaskForm(evidence.getId(), secured);
    assertThat(incident).hasPassed("Task_PreserveEvidence");
  }

  @Test
  void aFileThatIsNotSuspectedAbuseMayBeHashed() {
    Mocks.register("incidentsCheckEvidenceListener", new CheckEvidenceListener());
    ProcessInstance incident = report(false);
    classify(incident, "illegal", "content");
    submit(
        incident,
        "Task_PreserveEvidence",
        "technical",
        withVariables(
            "deviceIsolated", true,
            "evidenceSecured", "Proxy log of the day",
            "evidenceLocation", "Evidence share",
            "evidenceSecuredBy", "Mr Tech",
            "evidenceHash", "b".repeat(64)));
    assertThat(incident)
        .hasPassed("Task_PreserveEvidence")
        .variables()
        .containsEntry("evidenceHash", "b".repeat(64));
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

  /** Classifies as the DSL does: {@code involves} names the boxes ticked, e.g. "child,staff". */
  private void classify(
      ProcessInstance incident, String classification, String involves, Object... more) {
    Map<String, Object> values = new HashMap<>(withVariables("classification", classification));
    for (String ticked : involves.split(",")) {
      values.put("involves" + Character.toUpperCase(ticked.charAt(0)) + ticked.substring(1), true);
    }
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
        withVariables(
            "deviceIsolated", true,
            "evidenceSecured", "Laptop LT-14, unplugged, not opened",
            "evidenceLocation", "Safe 2",
            "evidenceSecuredBy", "Mr Tech"));
  }

  /** The Safeguarding Advisory Desk contact and the serious-incident notifications, recorded. */
  private void adviceAndAgencies(ProcessInstance incident) {
    submit(
        incident,
        "Task_ContactAdvisoryDesk",
        "dsl",
        withVariables(
            "advisoryDeskContactedAt", "10:20",
            "advisoryDeskAdviser", "Duty officer",
            "advisoryDeskAdvice", "Refer to CEOP and the MASH"));
    submit(
        incident,
        "Task_NotifyAgencies",
        "dsl",
        withVariables(
            "laIctManagerInformedBy",
            "Mrs Lawson",
            "laIctManagerInformedAt",
            "10:40",
            "laSafeguardingOfficerInformedBy",
            "Mrs Lawson",
            "laSafeguardingOfficerInformedAt",
            "10:45",
            "ceopNotifiedInformedBy",
            "Mrs Lawson",
            "ceopNotifiedInformedAt",
            "10:50",
            "ceopNotifiedReference",
            "CEOP-9"));
  }

  private void referToMash(ProcessInstance incident) {
    submit(
        incident,
        "Task_ReferToChildrensSocialCare",
        "dsl",
        withVariables(
            "mashReference", "MASH-2026-17",
            "mashReferredOn", java.util.Date.from(Instant.parse("2026-12-03T00:00:00Z")),
            "mashDecision", "Strategy discussion"));
  }

  private void closeWithoutPolicyReview(ProcessInstance incident) {
    ResponseSteps.completeStaffCategorySteps(engine.getProcessEngine(), incident.getId());
    submit(
        incident,
        "Task_RecordOutcome",
        "dsl",
        withVariables("outcomeSummary", "Dealt with", "reviewPolicy", false));
  }

  private List<Task> tasks(ProcessInstance incident, String activityId) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(incident.getId())
        .taskDefinitionKey(activityId)
        .list();
  }

  /** The steps of every task open on the incident. */
  private List<String> openTasks(ProcessInstance incident) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(incident.getId())
        .list()
        .stream()
        .map(Task::getTaskDefinitionKey)
        .toList();
  }

  /** The pupil branch's decision task for one pupil. */
  private Task pupilTask(ProcessInstance incident, String pupil) {
    return tasks(incident, "Task_DecidePupilActions").stream()
        .filter(t -> pupil.equals(formValues(t).get("pupil")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no decision task for " + pupil));
  }

  /** The labels of the action boxes a form shows ticked. */
  private Set<String> ticked(Task task) {
    return new java.util.LinkedHashSet<>(
        org.beacon.platform.tasks.TaskForm.lines(
            engine
                .getProcessEngine()
                .getTaskService()
                .getVariable(task.getId(), IncidentProcess.ACTIONS_DECIDED)));
  }

  /** The task's ticked actions and a referral to the police, as the checklist sends them. */
  private String withPolice(Task task) {
    Set<String> actions = ticked(task);
    actions.add("Refer to Police");
    return String.join("\n", actions);
  }

  /** The variables of the completed decision task of one pupil, from the history. */
  private Map<String, Object> decidedFor(ProcessInstance incident, String pupil) {
    var history = engine.getHistoryService();
    String[] decisions =
        history
            .createHistoricActivityInstanceQuery()
            .processInstanceId(incident.getId())
            .activityId("Task_DecidePupilActions")
            .finished()
            .list()
            .stream()
            .map(HistoricActivityInstance::getId)
            .toArray(String[]::new);
    assertThat(decisions).as("decided tasks").isNotEmpty();
    String decision =
        history
            .createHistoricVariableInstanceQuery()
            .activityInstanceIdIn(decisions)
            .variableName("party")
            .list()
            .stream()
            .filter(v -> pupil.equals(v.getValue()))
            .map(HistoricVariableInstance::getActivityInstanceId)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no decision for " + pupil));
    Map<String, Object> values = new HashMap<>();
    history
        .createHistoricVariableInstanceQuery()
        .activityInstanceIdIn(decision)
        .list()
        .forEach(v -> values.put(v.getName(), v.getValue()));
    return values;
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
