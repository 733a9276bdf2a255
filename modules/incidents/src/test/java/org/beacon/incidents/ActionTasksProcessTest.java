package org.beacon.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.beacon.incidents.api.IncidentProcess.IMMEDIATE_RISK;
import static org.beacon.incidents.api.IncidentProcess.INCIDENT_ID;
import static org.beacon.incidents.api.IncidentProcess.INCIDENT_TYPE;
import static org.beacon.incidents.api.IncidentProcess.KEY;
import static org.beacon.incidents.api.IncidentProcess.REFERENCE;
import static org.beacon.incidents.api.IncidentProcess.REPORTER;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.DeviceOwnership;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.InvolvedPupil;
import org.beacon.incidents.infrastructure.bpm.ResponseSteps;
import org.beacon.incidents.infrastructure.bpm.TriageSteps;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.CaseParties;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
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

/**
 * Issue 18, item 5: each action the DSL decides for a pupil that someone must carry out becomes a
 * task for the role and working-day deadline of the school's IncidentActionTasks table, completed
 * as done (who, when, a note) or waived with a reason, and the incident is closed only after every
 * one. Run with the flow's real steps on one incident and the real decision tables.
 */
@Deployment(
    resources = {
      "bpmn/incidents/IncidentResponseProcess.bpmn",
      "bpmn/incidents/PupilSanctions.dmn",
      "bpmn/incidents/StaffSanctions.dmn",
      "bpmn/incidents/RepeatOffenceWindow.dmn",
      "bpmn/incidents/IncidentActionTasks.dmn",
      "bpmn/incidents/StaffMisconductCategory.dmn",
      "bpmn/platform/StandInChain.dmn"
    })
class ActionTasksProcessTest {

  private static final long ID = 42L;
  private static final String TYPE = "Unauthorised downloading or uploading of files";

  /** Friday 4 December 2026, 10:00 in London (winter: UTC). */
  private static final Instant FRIDAY = Instant.parse("2026-12-04T10:00:00Z");

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private Incident logged;

  @BeforeEach
  void wireTheRealSteps() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(FRIDAY));
    logged =
        new Incident(
            "teacher1",
            FRIDAY,
            FRIDAY,
            "ICT suite",
            DeviceOwnership.SCHOOL,
            null,
            "Two pupils downloading games",
            List.of(),
            List.of(new InvolvedPupil("P-0042", "Year 8"), new InvolvedPupil("P-0043", "Year 9")),
            List.of(),
            TYPE,
            null,
            false);
    ResponseSteps.on(
            logged,
            engine.getProcessEngine().getDecisionService(),
            engine.getProcessEngine().getRepositoryService())
        .forEach(Mocks::register);
  }

  @AfterEach
  void forget() {
    ClockUtil.reset();
    Mocks.reset();
    reset();
  }

  @Test
  void informingParentsIsATaskForTheDslDueOneWorkingDayLaterAndItsHistorySaysWhoDidItAndWhen() {
    ProcessInstance incident = reportAndClassify();
    decide(incident, "P-0042", "Inform parents / carers", "Warning");
    decide(incident, "P-0043", "Warning");

    List<Task> actions = actionTasks(incident);
    assertThat(actions).as("a warning is given at the decision: no task").hasSize(1);
    Task inform = actions.get(0);
    assertThat(inform.getName())
        .as("the task says the action, never the pupil")
        .isEqualTo("Inform parents / carers");
    assertThat(candidateGroups(inform)).containsExactly("dsl");
    assertThat(inform.getDueDate().toInstant())
        .as("one working day after Friday 10:00 is Monday 10:00")
        .isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
    assertThat(formValue(inform, "party")).isEqualTo("P-0042");
    assertThat(formValue(inform, "action")).isEqualTo("Inform parents / carers");

    Instant informedAt = Instant.parse("2026-12-07T09:15:00Z");
    ClockUtil.setCurrentTime(Date.from(informedAt));
    tasks().claim(inform.getId(), "dsl1");
    form()
        .submitTaskForm(
            inform.getId(), Map.of("actionOutcome", "done", "actionNote", "Phoned mother"));

    HistoricTaskInstance done =
        engine
            .getHistoryService()
            .createHistoricTaskInstanceQuery()
            .taskId(inform.getId())
            .singleResult();
    assertThat(done.getAssignee()).as("who informed the parents").isEqualTo("dsl1");
    assertThat(done.getEndTime().toInstant()).as("when").isEqualTo(informedAt);
    assertThat(enteredOn(inform))
        .containsEntry("actionOutcome", "done")
        .containsEntry("actionNote", "Phoned mother");
    assertThat(incident).isWaitingAt("Task_RecordOutcome");
  }

  @Test
  void aWaiverWithoutAReasonIsRefusedAndWithOneIsAccepted() {
    ProcessInstance incident = reportAndClassify();
    decide(incident, "P-0042", "Removal of network / internet access rights");
    decide(incident, "P-0043");
    Task removal = actionTasks(incident).get(0);
    assertThat(candidateGroups(removal)).containsExactly("technical");

    BeaconProblem refused =
        problem(
            catchThrowable(
                () -> form().submitTaskForm(removal.getId(), Map.of("actionOutcome", "waived"))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fields()).containsKey("waiverReason");
    assertThat(actionTasks(incident)).as("the refused waiver changed nothing").hasSize(1);

    BeaconProblem future =
        problem(
            catchThrowable(
                () ->
                    form()
                        .submitTaskForm(
                            removal.getId(),
                            Map.of(
                                "actionOutcome",
                                "done",
                                "actionDoneOn",
                                Date.from(FRIDAY.plusSeconds(3 * 86_400))))));
    assertThat(future.fields()).containsKey("actionDoneOn");

    form()
        .submitTaskForm(
            removal.getId(),
            Map.of("actionOutcome", "waived", "waiverReason", "The pupil left the school"));
    assertThat(enteredOn(removal)).containsEntry("waiverReason", "The pupil left the school");
    assertThat(incident).isWaitingAt("Task_RecordOutcome");
  }

  @Test
  void theIncidentIsNotClosedWhileAnActionTaskIsOpenAndEachPupilHasTheirOwnTasks() {
    ProcessInstance incident = reportAndClassify();
    decide(incident, "P-0042", "Inform parents / carers", "Refer to Police");
    decide(incident, "P-0043", "Inform parents / carers");

    List<Task> actions = actionTasks(incident);
    assertThat(actions)
        .extracting(t -> formValue(t, "party") + ": " + t.getName())
        .containsExactlyInAnyOrder(
            "P-0042: Inform parents / carers",
            "P-0042: Refer to Police",
            "P-0043: Inform parents / carers");
    Task police =
        actions.stream()
            .filter(t -> t.getName().equals("Refer to Police"))
            .findFirst()
            .orElseThrow();
    assertThat(police.getDueDate().toInstant()).as("the same day").isEqualTo(FRIDAY);

    for (int i = 0; i < actions.size(); i++) {
      assertThat(incident)
          .as("open: %s action tasks", actions.size() - i)
          .isNotWaitingAt("Task_RecordOutcome");
      form().submitTaskForm(actions.get(i).getId(), Map.of("actionOutcome", "done"));
    }
    assertThat(incident).isWaitingAt("Task_RecordOutcome");
    form()
        .submitTaskForm(
            tasks()
                .createTaskQuery()
                .processInstanceId(incident.getId())
                .taskDefinitionKey("Task_RecordOutcome")
                .singleResult()
                .getId(),
            Map.of("outcomeSummary", "Parents told, police informed", "reviewPolicy", false));
    assertThat(incident).isEnded();
    assertThat(incident)
        .hasPassedInOrder(
            "Task_DecidePupilActions",
            "Task_RoutePupilAction",
            "Task_CarryOutPupilAction",
            "Task_RecordOutcome",
            "Task_CloseIncident");
  }

  @Test
  void theStaffsActionsBecomeTasksOnceTheHeadHasApprovedThem() {
    ProcessInstance incident = report();
    form()
        .submitTaskForm(
            task(incident, "Task_ClassifyIncident").getId(),
            Map.of("classification", "inappropriate", "involvesStaff", true));
    Map<String, Object> proposal = new HashMap<>();
    proposal.put(IncidentProcess.ACTIONS_DECIDED, "Refer to line managerr\nSuspension\nWarning");
    proposal.put("differenceReason", "Chosen for this test");
    form().submitTaskForm(task(incident, "Task_ProposeStaffActions").getId(), proposal);
    assertThat(staffActionTasks(incident))
        .as("nothing is carried out before the head approves")
        .isEmpty();
    form()
        .submitTaskForm(
            task(incident, "Task_ApproveDisciplinaryAction").getId(),
            Map.of("approval", "approve", "approvalReason", "In line with the policy"));

    List<Task> actions = staffActionTasks(incident);
    assertThat(actions)
        .extracting(Task::getName)
        .containsExactlyInAnyOrder("Refer to line managerr", "Suspension");
    assertThat(actions)
        .allSatisfy(
            t ->
                assertThat(candidateGroups(t))
                    .as("no line-manager role: the head")
                    .containsExactly("head"));
    assertThat(actions)
        .allSatisfy(
            t ->
                assertThat(t.getDueDate().toInstant())
                    .isEqualTo(Instant.parse("2026-12-07T10:00:00Z")));
    actions.forEach(t -> form().submitTaskForm(t.getId(), Map.of("actionOutcome", "done")));
    ResponseSteps.completeStaffCategorySteps(engine.getProcessEngine(), incident.getId());
    assertThat(incident).isWaitingAt("Task_RecordOutcome");
  }

  @Test
  void anActionStillOpenAfterItsWorkingDaysIsOfferedToTheNextInTheStandInChainNotOverTheHolidays() {
    List<Object> standIns = new ArrayList<>();
    Mocks.register(
        "incidentsEscalateActionDelegate", TriageSteps.actionEscalation(recording(standIns)));
    // Thursday 24 December 2026: then Christmas Day, the weekend and Boxing Day's substitute
    // Monday.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-24T10:00:00Z")));
    ProcessInstance incident = reportAndClassify();
    decide(incident, "P-0042", "Inform parents / carers");
    decide(incident, "P-0043", "Further sanction eg detention / exclusion");
    Task inform = actionTask(incident, "Inform parents / carers");
    Task sanction = actionTask(incident, "Further sanction eg detention / exclusion");
    assertThat(inform.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-29T10:00:00Z"));

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-28T16:00:00Z")));
    assertThat(dueTimers(incident))
        .as("nothing fires over Christmas, the weekend or the bank holiday")
        .isEmpty();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-29T10:01:00Z")));
    List<Job> due = dueTimers(incident);
    assertThat(due).as("only the action due on Tuesday").hasSize(1);
    engine.getManagementService().executeJob(due.get(0).getId());

    assertThat(candidateGroups(actionTask(incident, "Inform parents / carers")))
        .as("offered to the head as well, the DSL keeps it")
        .containsExactlyInAnyOrder("dsl", "head");
    assertThat(candidateGroups(actionTask(incident, "Further sanction eg detention / exclusion")))
        .as("the other pupil's action is not yet due (5 working days: 5 January)")
        .containsExactly("dsl");
    assertThat(standIns).extracting(Object::toString).containsExactly("HEAD");
    assertThat(incident)
        .hasPassedInOrder(
            "Task_RoutePupilAction",
            "Timer_PupilActionOverdue",
            "Task_FindPupilActionStandIn",
            "Task_EscalatePupilAction",
            "EndEvent_PupilActionEscalated");

    form().submitTaskForm(inform.getId(), Map.of("actionOutcome", "done"));
    form().submitTaskForm(sanction.getId(), Map.of("actionOutcome", "done"));
    assertThat(incident).isWaitingAt("Task_RecordOutcome");
    assertThat(dueTimers(incident)).isEmpty();
  }

  @Test
  void anOverdueStaffActionForTheHeadGoesToTheChairOfGovernors() {
    List<Object> standIns = new ArrayList<>();
    Mocks.register(
        "incidentsEscalateActionDelegate", TriageSteps.actionEscalation(recording(standIns)));
    ProcessInstance incident = report();
    form()
        .submitTaskForm(
            task(incident, "Task_ClassifyIncident").getId(),
            Map.of("classification", "inappropriate", "involvesStaff", true));
    form()
        .submitTaskForm(
            task(incident, "Task_ProposeStaffActions").getId(),
            Map.of(
                IncidentProcess.ACTIONS_DECIDED,
                "Refer to Headteacher\nWarning",
                "differenceReason",
                "Chosen for this test"));
    Task refer = task(incident, "Task_CarryOutStaffAction");
    assertThat(candidateGroups(refer)).containsExactly("head");

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-07T10:01:00Z")));
    List<Job> due = dueTimers(incident);
    assertThat(due).hasSize(1);
    engine.getManagementService().executeJob(due.get(0).getId());
    assertThat(candidateGroups(refer)).containsExactlyInAnyOrder("head", "chair");
    assertThat(incident)
        .hasPassedInOrder(
            "Timer_StaffActionOverdue", "Task_FindStaffActionStandIn", "Task_EscalateStaffAction");
  }

  private List<Job> dueTimers(ProcessInstance incident) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(incident.getId())
        .timers()
        .executable()
        .list();
  }

  private Task actionTask(ProcessInstance incident, String action) {
    return actionTasks(incident).stream()
        .filter(t -> t.getName().equals(action))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no task for " + action));
  }

  /** The platform's case parties as the escalation uses them: records whom it makes a stand-in. */
  private static CaseParties recording(List<Object> standIns) {
    return (CaseParties)
        Proxy.newProxyInstance(
            CaseParties.class.getClassLoader(),
            new Class<?>[] {CaseParties.class},
            (proxy, method, args) -> {
              if (method.getName().equals("standIn")) {
                standIns.add(args[2]);
                return null;
              }
              throw new AssertionError(
                  "CaseParties." + method.getName() + " is not a step of the escalation");
            });
  }

  // ------------------------------------------------------------------------------------------

  private List<Task> staffActionTasks(ProcessInstance incident) {
    return tasks()
        .createTaskQuery()
        .processInstanceId(incident.getId())
        .taskDefinitionKey("Task_CarryOutStaffAction")
        .list();
  }

  private ProcessInstance reportAndClassify() {
    ProcessInstance incident = report();
    Task classify = task(incident, "Task_ClassifyIncident");
    form()
        .submitTaskForm(
            classify.getId(), Map.of("classification", "inappropriate", "involvesChild", true));
    return incident;
  }

  private ProcessInstance report() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            KEY,
            "INC-2026-0042",
            Map.of(
                INCIDENT_ID,
                ID,
                REFERENCE,
                "INC-2026-0042",
                INCIDENT_TYPE,
                TYPE,
                IMMEDIATE_RISK,
                false,
                REPORTER,
                "teacher1"));
  }

  /** The DSL's decision for one pupil: exactly the actions named (the matrix's wording) ticked. */
  private void decide(ProcessInstance incident, String pupil, String... ticked) {
    Task decide =
        tasks()
            .createTaskQuery()
            .processInstanceId(incident.getId())
            .taskDefinitionKey("Task_DecidePupilActions")
            .list()
            .stream()
            .filter(t -> pupil.equals(formValue(t, "pupil")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no decision task for " + pupil));
    Map<String, Object> values = new HashMap<>();
    values.put(IncidentProcess.ACTIONS_DECIDED, String.join("\n", ticked));
    values.put("differenceReason", "Chosen for this test");
    form().submitTaskForm(decide.getId(), values);
  }

  /** The listener's refusal, as the task API finds it in what the engine throws. */
  private static BeaconProblem problem(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BeaconProblem problem) {
        return problem;
      }
    }
    throw new AssertionError("not refused with a BeaconProblem", thrown);
  }

  private List<Task> actionTasks(ProcessInstance incident) {
    return tasks()
        .createTaskQuery()
        .processInstanceId(incident.getId())
        .taskDefinitionKey("Task_CarryOutPupilAction")
        .list();
  }

  private Task task(ProcessInstance incident, String activityId) {
    Task task =
        tasks()
            .createTaskQuery()
            .processInstanceId(incident.getId())
            .taskDefinitionKey(activityId)
            .singleResult();
    assertThat(task).as("a task at %s", activityId).isNotNull();
    return task;
  }

  private List<String> candidateGroups(Task task) {
    return tasks().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private Object formValue(Task task, String field) {
    return form().getTaskFormData(task.getId()).getFormFields().stream()
        .filter(f -> f.getId().equals(field))
        .findFirst()
        .map(f -> f.getValue() == null ? null : f.getValue().getValue())
        .orElse(null);
  }

  /** What was entered on a completed task's form, from the history the chronology reads. */
  private Map<String, Object> enteredOn(Task task) {
    Map<String, Object> values = new HashMap<>();
    engine
        .getHistoryService()
        .createHistoricDetailQuery()
        .taskId(task.getId())
        .formFields()
        .list()
        .stream()
        .map(HistoricFormField.class::cast)
        .forEach(f -> values.put(f.getFieldId(), f.getFieldValue()));
    return values;
  }

  private TaskService tasks() {
    return engine.getTaskService();
  }

  private FormService form() {
    return engine.getFormService();
  }
}
