package org.beacon.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.incidents.api.IncidentProcess.IMMEDIATE_RISK;
import static org.beacon.incidents.api.IncidentProcess.INCIDENT_ID;
import static org.beacon.incidents.api.IncidentProcess.INCIDENT_TYPE;
import static org.beacon.incidents.api.IncidentProcess.KEY;
import static org.beacon.incidents.api.IncidentProcess.REFERENCE;
import static org.beacon.incidents.api.IncidentProcess.REPORTER;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.DeviceOwnership;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.InvolvedStaff;
import org.beacon.incidents.infrastructure.bpm.ResponseSteps;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.Role;
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

/**
 * Issue 18, item 6: seed 003's staff categories on the incident's staff branch, beside the action
 * tasks. The school's table StaffMisconductCategory gives Category A (misconduct: referred to the
 * line manager; Beacon has no line-manager role, so the head) or B (gross misconduct: the head, or
 * the chair when the directory says the head is among the staff named; HR; the police where
 * criminal; instant suspension when exceptionally serious). Run with the flow's real steps.
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
class StaffCategoriesProcessTest {

  private static final String EXCESSIVE_PERSONAL_USE =
      "Excessive or inappropriate personal use of the internet / social networking sites / instant messaging / personal email";
  private static final String BREACH_DATA_SECURITY =
      "Deliberate actions to breach data protection or network security rules";
  private static final String ILLEGAL_MATERIAL =
      "Deliberately accessing or trying to access material that could be considered illegal (see list in earlier section on unsuitable / inappropriate activities).";
  private static final String PROXY_SITES =
      "Using proxy sites or other means to subvert the school’s filtering system";
  private static final Set<String> GROSS_MISCONDUCT_STEPS =
      Set.of(
          "Task_GrossMisconduct",
          "Task_RecordHrReport",
          "Task_ReportMisconductToPolice",
          "Task_SuspendStaffAtOnce");

  /** The directory: Hana holds the head's role; Sam teaches. */
  private static final List<Person> DIRECTORY =
      List.of(
          new Person(1, "hana", "Hana Head", Set.of(Role.HEAD, Role.STAFF)),
          new Person(2, "sam", "Sam Teacher", Set.of(Role.STAFF)));

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @BeforeEach
  void start() {
    init(engine.getProcessEngine());
  }

  @AfterEach
  void forget() {
    Mocks.reset();
    reset();
  }

  @Test
  void categoryAMisconductIsReferredToTheLineManagerThroughTheHead() {
    ProcessInstance incident = reportAndPropose(EXCESSIVE_PERSONAL_USE, "serious", "sam");

    Task referral = task(incident, "Task_ReferToLineManager");
    assertThat(groups(referral))
        .as("no line-manager role in the directory: the head")
        .containsExactly("head");
    assertThat(openSteps(incident)).doesNotContainAnyElementsOf(GROSS_MISCONDUCT_STEPS);
    engine
        .getFormService()
        .submitTaskForm(
            referral.getId(),
            Map.of("lineManagerReferral", "To Pat (head of maths): a warning and training"));
    finishActionTasks(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Gateway_StaffFollowUpFork",
            "Task_FindStaffCategory",
            "Gateway_StaffCategory",
            "Task_ReferToLineManager",
            "Gateway_StaffCategoryDone",
            "Gateway_StaffFollowUpJoin",
            "Gateway_InappropriateJoin")
        .hasNotPassed("Task_FindCaseManager")
        .isWaitingAt("Task_RecordOutcome");
  }

  @Test
  void categoryBGrossMisconductGoesToTheHeadAndToHrWithoutThePoliceWhenNotCriminal() {
    ProcessInstance incident = reportAndPropose(BREACH_DATA_SECURITY, "serious", "sam");

    assertThat(openSteps(incident))
        .contains("Task_GrossMisconduct", "Task_RecordHrReport")
        .doesNotContain(
            "Task_ReportMisconductToPolice", "Task_SuspendStaffAtOnce", "Task_ReferToLineManager");
    assertThat(groups(task(incident, "Task_GrossMisconduct"))).containsExactly("head");
    assertThat(groups(task(incident, "Task_RecordHrReport"))).containsExactly("head");
    engine
        .getFormService()
        .submitTaskForm(
            task(incident, "Task_GrossMisconduct").getId(),
            Map.of("disciplinaryDecision", "Investigation, then a final written warning"));
    assertThat(incident).as("HR still to be told").isNotWaitingAt("Task_RecordOutcome");
    engine
        .getFormService()
        .submitTaskForm(
            task(incident, "Task_RecordHrReport").getId(),
            Map.of(
                "hrReportedTo",
                "LA HR, Jo Bloggs",
                "hrReportedOn",
                Date.from(Instant.parse("2026-12-03T12:00:00Z")),
                "hrReference",
                "HR-991"));
    finishActionTasks(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Task_FindStaffCategory",
            "Gateway_StaffCategory",
            "Task_FindCaseManager",
            "Gateway_GrossMisconductFork",
            "Task_GrossMisconduct",
            "Gateway_GrossMisconductJoin",
            "Gateway_StaffCategoryDone")
        .hasPassedInOrder(
            "Gateway_GrossMisconductFork", "Task_RecordHrReport", "Gateway_GrossMisconductJoin")
        .hasNotPassed("Task_ReportMisconductToPolice", "Task_SuspendStaffAtOnce")
        .isWaitingAt("Task_RecordOutcome");
  }

  @Test
  void
      criminalAndExceptionallySeriousGrossMisconductByTheHeadGoesToTheChairWithThePoliceAndInstantSuspension() {
    ProcessInstance incident = reportAndPropose(ILLEGAL_MATERIAL, "exceptional", "hana");

    assertThat(openSteps(incident)).containsAll(GROSS_MISCONDUCT_STEPS);
    assertThat(groups(task(incident, "Task_SuspendStaffAtOnce")))
        .as("the head is named: the chair")
        .containsExactly("chair");
    assertThat(groups(task(incident, "Task_GrossMisconduct"))).containsExactly("chair");
    assertThat(groups(task(incident, "Task_ReportMisconductToPolice")))
        .containsExactlyInAnyOrder("dsl", "chair");
    engine
        .getFormService()
        .submitTaskForm(
            task(incident, "Task_SuspendStaffAtOnce").getId(),
            Map.of(
                "instantSuspension",
                "suspended",
                "instantSuspensionReasons",
                "Seed 003: exceptionally serious"));
    engine
        .getFormService()
        .submitTaskForm(
            task(incident, "Task_ReportMisconductToPolice").getId(),
            Map.of(
                "misconductPoliceReportedBy", "Dana Lead", "misconductPoliceReference", "SYP-42"));
    engine
        .getFormService()
        .submitTaskForm(
            task(incident, "Task_GrossMisconduct").getId(),
            Map.of("disciplinaryDecision", "Dismissal hearing after the police investigation"));
    engine
        .getFormService()
        .submitTaskForm(
            task(incident, "Task_RecordHrReport").getId(),
            Map.of(
                "hrReportedTo",
                "LA HR",
                "hrReportedOn",
                Date.from(Instant.parse("2026-12-03T12:00:00Z"))));
    finishActionTasks(incident);

    assertThat(incident)
        .hasPassedInOrder(
            "Task_FindCaseManager",
            "Gateway_GrossMisconductFork",
            "Task_SuspendStaffAtOnce",
            "Gateway_GrossMisconductJoin")
        .hasPassedInOrder(
            "Gateway_GrossMisconductFork",
            "Task_ReportMisconductToPolice",
            "Gateway_GrossMisconductJoin",
            "Gateway_StaffCategoryDone")
        .isWaitingAt("Task_RecordOutcome");
    assertThat(engine.getRuntimeService().getVariable(incident.getId(), "staffCaseManager"))
        .isEqualTo("chair");
  }

  @Test
  void aTypeSeed003DoesNotListIsMisconductWhenMinorAndGrossMisconductWhenSerious() {
    ProcessInstance minor = reportAndPropose(PROXY_SITES, "minor", "sam");
    assertThat(openSteps(minor))
        .contains("Task_ReferToLineManager")
        .doesNotContainAnyElementsOf(GROSS_MISCONDUCT_STEPS);

    ProcessInstance serious = reportAndPropose(PROXY_SITES, "serious", "sam");
    assertThat(openSteps(serious))
        .contains("Task_GrossMisconduct", "Task_RecordHrReport")
        .doesNotContain("Task_ReferToLineManager");
  }

  // ------------------------------------------------------------------------------------------

  /**
   * Reported naming one member of staff, classified inappropriate / staff, the matrix's actions
   * proposed (and approved).
   */
  private ProcessInstance reportAndPropose(String type, String seriousness, String staff) {
    Instant now = Instant.parse("2026-12-03T10:00:00Z");
    Incident logged =
        new Incident(
            "teacher1",
            now,
            now,
            "Staff room",
            DeviceOwnership.SCHOOL,
            null,
            "Seen on a screen",
            List.of(),
            List.of(),
            List.of(InvolvedStaff.withAccount(staff)),
            type,
            null,
            false);
    ResponseSteps.on(
            logged,
            engine.getProcessEngine().getDecisionService(),
            engine.getProcessEngine().getRepositoryService(),
            List.of(),
            DIRECTORY)
        .forEach(Mocks::register);
    ProcessInstance incident =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                KEY,
                "INC-2026-0042",
                Map.of(
                    INCIDENT_ID,
                    42L,
                    REFERENCE,
                    "INC-2026-0042",
                    INCIDENT_TYPE,
                    type,
                    IMMEDIATE_RISK,
                    false,
                    REPORTER,
                    "teacher1"));
    engine
        .getFormService()
        .submitTaskForm(
            task(incident, "Task_ClassifyIncident").getId(),
            Map.of(
                "classification",
                "inappropriate",
                "involvesStaff",
                true,
                IncidentProcess.SERIOUSNESS,
                seriousness));
    engine
        .getFormService()
        .submitTaskForm(task(incident, "Task_ProposeStaffActions").getId(), Map.of());
    if (openSteps(incident).contains("Task_ApproveDisciplinaryAction")) {
      engine
          .getFormService()
          .submitTaskForm(
              task(incident, "Task_ApproveDisciplinaryAction").getId(),
              Map.of("approval", "approve", "approvalReason", "In line with the policy"));
    }
    return incident;
  }

  private void finishActionTasks(ProcessInstance incident) {
    engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(incident.getId())
        .taskDefinitionKey("Task_CarryOutStaffAction")
        .list()
        .forEach(
            t ->
                engine.getFormService().submitTaskForm(t.getId(), Map.of("actionOutcome", "done")));
  }

  private List<String> openSteps(ProcessInstance incident) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(incident.getId())
        .list()
        .stream()
        .map(Task::getTaskDefinitionKey)
        .toList();
  }

  private Task task(ProcessInstance incident, String activityId) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(incident.getId())
            .taskDefinitionKey(activityId)
            .singleResult();
    assertThat(task).as("a task waiting at %s", activityId).isNotNull();
    return task;
  }

  private List<String> groups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }
}
