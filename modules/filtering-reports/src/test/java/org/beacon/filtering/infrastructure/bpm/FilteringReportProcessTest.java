package org.beacon.filtering.infrastructure.bpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beacon.filtering.InMemory;
import org.beacon.filtering.api.FilteringReportProcess;
import org.beacon.filtering.application.Wiring;
import org.beacon.filtering.domain.ChangeStatus;
import org.beacon.filtering.domain.FilteringChangeRequest;
import org.beacon.filtering.domain.FilteringReport;
import org.beacon.filtering.domain.ReportKind;
import org.beacon.filtering.domain.ReportOutcome;
import org.beacon.filtering.domain.ReportStatus;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Messages;
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
 * Every path of the filtering report model, with the module's real steps over in-memory storage and
 * the change request model it calls, worked through the task forms as the task API works them.
 */
@Deployment(
    resources = {
      "bpmn/filtering-reports/FilteringReportProcess.bpmn",
      "bpmn/filtering-reports/FilteringChangeRequestProcess.bpmn"
    })
class FilteringReportProcessTest {

  private static final String URL = "https://games.example/play?level=3";

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
  void potentiallyIllegalContentReachesTheDslAtOnceAndAsksForTheIwfOrCeopReference() {
    Instant before = Instant.now();
    FilteringReport report = report(ReportKind.UNDERBLOCKING, true);
    ProcessInstance flow = start(report);

    assertThat(flow)
        .isWaitingAt("Task_ReportToAuthorities", "Task_PreserveEvidence")
        .hasNotPassed("Task_AssessReport");
    Task dsl = taskFor(flow, "Task_ReportToAuthorities", "dsl");
    assertThat(dsl.getDueDate().toInstant()).isBetween(before.minusSeconds(1), Instant.now());
    assertThat(requiredFields(dsl)).contains("reportedTo", "externalReference");
    assertThat(formValue(dsl, "url")).isEqualTo(URL);

    submit(
        flow,
        "Task_ReportToAuthorities",
        "dsl",
        "dana",
        withVariables("reportedTo", "iwf", "externalReference", "IWF-2026-1234"));
    assertThat(report.status()).isEqualTo(ReportStatus.IN_PROGRESS);
    submit(
        flow,
        "Task_PreserveEvidence",
        "technical",
        "toni",
        withVariables(
            "evidenceSecured", "Proxy logs 09:00-10:00", "evidenceLocation", "Encrypted share"));

    assertThat(flow)
        .hasPassedInOrder(
            "Gateway_ReportedAsIllegal", "Gateway_MergeIllegal", "Gateway_IllegalSplit")
        .hasPassed(
            "Task_ReportToAuthorities",
            "Task_PreserveEvidence",
            "Gateway_IllegalJoin",
            "Task_CloseReport")
        .isEnded();
    assertThat(report.outcome()).isEqualTo(ReportOutcome.REPORTED_TO_AUTHORITIES);
    assertThat(report.reportedTo()).isEqualTo("iwf");
    assertThat(report.externalReference()).isEqualTo("IWF-2026-1234");
    assertThat(report.status()).isEqualTo(ReportStatus.CLOSED);
  }

  @Test
  void theDslCanAssessAReportAsPotentiallyIllegal() {
    FilteringReport report = report(ReportKind.UNDERBLOCKING, false);
    ProcessInstance flow = start(report);
    assess(flow, "potentiallyIllegal", null);

    assertThat(flow).isWaitingAt("Task_ReportToAuthorities", "Task_PreserveEvidence");
    assertThat(report.assessment().id()).isEqualTo("potentiallyIllegal");
  }

  @Test
  void inappropriateContentThatGotThroughRaisesABlockChangeThatTechnicalProposes() {
    FilteringReport report = report(ReportKind.UNDERBLOCKING, false);
    ProcessInstance flow = start(report);
    Task assess = taskFor(flow, "Task_AssessReport", "dsl");
    assertThat(assess.getDueDate()).isNotNull();
    assess(flow, "block", null);

    assertThat(flow).isWaitingAt("CallActivity_ChangeRequest");
    ProcessInstance change = calledProcessInstance(flow);
    assertThat(change).isWaitingAt("Task_ProposeChange");
    Task propose = taskFor(change, "Task_ProposeChange", "technical");
    assertThat(formDefault(propose, "pattern")).isEqualTo("games.example");
    assertThat(formDefault(propose, "action")).isEqualTo("block");
    assertThat(formValue(propose, "reportReference")).isEqualTo(report.reference());

    submit(
        change,
        "Task_ProposeChange",
        "technical",
        "toni",
        withVariables(
            "patternType",
            "domain",
            "pattern",
            "games.example",
            "action",
            "block",
            "reason",
            "Online games in lessons",
            "scope",
            "allUsers"));
    FilteringChangeRequest request = onlyChange();
    assertThat(request.proposedBy()).isEqualTo("toni");
    assertThat(request.reportReference()).isEqualTo(report.reference());
    assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processInstanceId(change.getId())
                .singleResult()
                .getBusinessKey())
        .isEqualTo(request.reference());

    approve(change, "dana");
    submit(
        change,
        "Task_RecordChangeApplied",
        "technical",
        "toni",
        withVariables("filterReference", "LS-RULE-88"));
    submit(
        change,
        "Task_VerifyChange",
        "technical",
        "toni",
        withVariables("verificationResult", "asExpected"));

    assertThat(change).isEnded();
    assertThat(flow)
        .hasPassedInOrder(
            "Task_AssessReport",
            "Gateway_Assessment",
            "Gateway_MergeChange",
            "CallActivity_ChangeRequest",
            "Gateway_MergeClose",
            "Task_CloseReport")
        .isEnded();
    assertThat(request.status()).isEqualTo(ChangeStatus.VERIFIED);
    assertThat(report.outcome()).isEqualTo(ReportOutcome.CHANGE_APPLIED);
    assertThat(report.changeReference()).isEqualTo(request.reference());
  }

  @Test
  void aSiteWronglyBlockedRaisesAnAllowChangeAndARejectionClosesTheReport() {
    FilteringReport report = report(ReportKind.OVERBLOCKING, false);
    ProcessInstance flow = start(report);
    assess(flow, "allow", null);

    ProcessInstance change = calledProcessInstance(flow);
    Task propose = taskFor(change, "Task_ProposeChange", "technical");
    assertThat(formDefault(propose, "action")).isEqualTo("allow");
    submit(
        change,
        "Task_ProposeChange",
        "technical",
        "toni",
        withVariables(
            "patternType",
            "urlPrefix",
            "pattern",
            "https://games.example/physics/",
            "action",
            "allow",
            "reason",
            "Physics simulations for Year 10",
            "scope",
            "yearGroups",
            "yearGroups",
            "Year 10"));
    Task approval = taskFor(change, "Task_ApproveChange", "dsl");
    taskService().claim(approval.getId(), "harriet");
    formService()
        .submitTaskForm(
            approval.getId(),
            withVariables(
                "decision", "reject", "decisionReason", "Use the school's own simulations"));

    assertThat(change).hasPassed("EndEvent_ChangeRejected").isEnded();
    assertThat(flow).hasPassed("Task_CloseReport").isEnded();
    assertThat(onlyChange().status()).isEqualTo(ChangeStatus.REJECTED);
    assertThat(report.outcome()).isEqualTo(ReportOutcome.CHANGE_REJECTED);
  }

  @Test
  void blockDoesNotFitAReportOfAWronglyBlockedSite() {
    ProcessInstance flow = start(report(ReportKind.OVERBLOCKING, false));
    Task assess = taskFor(flow, "Task_AssessReport", "dsl");
    taskService().claim(assess.getId(), "dana");

    assertThatThrownBy(
            () ->
                formService().submitTaskForm(assess.getId(), withVariables("assessment", "block")))
        .hasRootCauseInstanceOf(BeaconProblem.class);
    assertThat(flow).isWaitingAt("Task_AssessReport");
  }

  @Test
  void noActionNeedsAReasonAndClosesTheReportWithIt() {
    FilteringReport report = report(ReportKind.UNDERBLOCKING, false);
    ProcessInstance flow = start(report);
    Task assess = taskFor(flow, "Task_AssessReport", "dsl");
    taskService().claim(assess.getId(), "dana");

    assertThatThrownBy(
            () ->
                formService()
                    .submitTaskForm(assess.getId(), withVariables("assessment", "noAction")))
        .hasRootCauseInstanceOf(BeaconProblem.class);
    formService()
        .submitTaskForm(
            assess.getId(),
            withVariables("assessment", "noAction", "closeReason", "Already blocked since 09:40"));

    assertThat(flow)
        .hasPassedInOrder(
            "Task_AssessReport",
            "Gateway_Assessment",
            "Gateway_MergeClose",
            "Task_CloseReport",
            "EndEvent_ReportClosed")
        .isEnded();
    assertThat(report.outcome()).isEqualTo(ReportOutcome.NO_ACTION);
    assertThat(report.closeReason()).isEqualTo("Already blocked since 09:40");
    assertThat(report.assessedBy()).isEqualTo("dana");
  }

  @Test
  void anIncidentWhoseContentGotThroughOpensAReportWithItsAddressesOnly() {
    ProcessInstance flow =
        runtimeService()
            .createMessageCorrelation(Messages.FILTERING_REPORT_REQUESTED)
            .setVariable(Messages.SOURCE_TYPE, "incident")
            .setVariable(Messages.SOURCE_ID, 42L)
            .setVariable(Messages.SOURCE_REFERENCE, "INC-2026-0042")
            .setVariable(Messages.URLS, URL + "\nnot a url\nhttp://chat.example/room")
            .correlateStartMessage();

    FilteringReport report = store.reports.all.values().iterator().next();
    assertThat(flow.getBusinessKey()).isEqualTo(report.reference());
    assertThat(report.sourceReference()).isEqualTo("INC-2026-0042");
    assertThat(report.sourceId()).isEqualTo("42");
    assertThat(report.urls()).containsExactly(URL, "http://chat.example/room");
    assertThat(report.kind()).isEqualTo(ReportKind.UNDERBLOCKING);
    assertThat(report.reportedBy()).isNull();
    assertThat(flow)
        .hasPassedInOrder(
            "StartEvent_FilteringReportRequested",
            "Task_RecordRequestedReport",
            "Gateway_MergeReported",
            "Gateway_ReportedAsIllegal")
        .isWaitingAt("Task_AssessReport");
    assertThat(formValue(task("Task_AssessReport", flow), "url")).isEqualTo(URL);
  }

  // --- helpers -------------------------------------------------------------------------------

  private FilteringReport report(ReportKind kind, boolean potentiallyIllegal) {
    return store.reports.add(
        new FilteringReport(
            "sam",
            Instant.now(),
            new FilteringReport.Details(
                kind,
                List.of(URL),
                Instant.now().minusSeconds(600),
                "A games site in a maths lesson",
                "Year 8 pupil",
                "LAPTOP-22",
                "y8pupil",
                potentiallyIllegal)));
  }

  private ProcessInstance start(FilteringReport report) {
    ProcessInstance instance =
        runtimeService()
            .startProcessInstanceByKey(
                FilteringReportProcess.KEY,
                report.reference(),
                withVariables(
                    FilteringReportProcess.REPORT_ID, report.id(),
                    FilteringReportProcess.REFERENCE, report.reference(),
                    FilteringReportProcess.KIND, report.kind().id(),
                    FilteringReportProcess.POTENTIALLY_ILLEGAL, report.potentiallyIllegal(),
                    FilteringReportProcess.URL, report.url()));
    report.startedAs(instance.getId());
    return instance;
  }

  private void assess(ProcessInstance flow, String assessment, String closeReason) {
    Map<String, Object> values = new LinkedHashMap<>(withVariables("assessment", assessment));
    if (closeReason != null) {
      values.put("closeReason", closeReason);
    }
    submit(flow, "Task_AssessReport", "dsl", "dana", values);
  }

  private void approve(ProcessInstance change, String approver) {
    submit(change, "Task_ApproveChange", "dsl", approver, withVariables("decision", "approve"));
  }

  private FilteringChangeRequest onlyChange() {
    assertThat(store.changes.all).hasSize(1);
    return store.changes.all.values().iterator().next();
  }

  private Task taskFor(ProcessInstance instance, String activityId, String role) {
    assertThat(instance).isWaitingAt(activityId);
    Task task = task(activityId, instance);
    assertThat(task).hasCandidateGroup(role);
    return task;
  }

  /** Claims the task as the user and submits its form, as the task API does. */
  private void submit(
      ProcessInstance instance,
      String activityId,
      String role,
      String user,
      Map<String, Object> values) {
    Task task = taskFor(instance, activityId, role);
    taskService().claim(task.getId(), user);
    formService().submitTaskForm(task.getId(), values);
  }

  private static List<String> requiredFields(Task task) {
    return formService().getTaskFormData(task.getId()).getFormFields().stream()
        .filter(
            f ->
                f.getValidationConstraints().stream().anyMatch(c -> c.getName().equals("required")))
        .map(FormField::getId)
        .toList();
  }

  private static Object formValue(Task task, String id) {
    return field(task, id).getValue() == null ? null : field(task, id).getValue().getValue();
  }

  private static Object formDefault(Task task, String id) {
    return field(task, id).getDefaultValue();
  }

  private static FormField field(Task task, String id) {
    return formService().getTaskFormData(task.getId()).getFormFields().stream()
        .filter(f -> f.getId().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
