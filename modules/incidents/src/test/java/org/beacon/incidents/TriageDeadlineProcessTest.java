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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.beacon.incidents.infrastructure.bpm.ResponseSteps;
import org.beacon.incidents.infrastructure.bpm.TriageSteps;
import org.beacon.platform.api.CaseParties;
import org.camunda.bpm.engine.delegate.TaskListener;
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
 * The triage (classification) is due one working day after the report, on the school's calendar
 * with its bank holidays, and when that passes the task is offered to the next person in the
 * stand-in chain. The engine clock is moved across a weekend and a bank holiday.
 */
@Deployment(
    resources = {"bpmn/incidents/IncidentResponseProcess.bpmn", "bpmn/platform/StandInChain.dmn"})
class TriageDeadlineProcessTest {

  private static final ZoneId SCHOOL = ZoneId.of("Europe/London");

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  /** The roles recorded as standing in, in order. */
  private final List<Object> standIns = new ArrayList<>();

  @BeforeEach
  void registerSteps() {
    init(engine.getProcessEngine());
    Mocks.register("workingDays", ResponseSteps.shippedCalendar());
    Mocks.register("incidentsRecordClassificationListener", (TaskListener) task -> {});
    CaseParties parties =
        (CaseParties)
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
    Mocks.register("incidentsEscalateTriageDelegate", TriageSteps.escalation(parties));
  }

  @AfterEach
  void reset_() {
    ClockUtil.reset();
    Mocks.reset();
    reset();
  }

  @Test
  void aTriageReportedAt4pmOnTheFridayBeforeABankHolidayMondayEscalatesOnTuesdayNotSaturday() {
    // Monday 4 May 2026 is the Early May bank holiday.
    at(2026, 5, 1, 16, 0);
    ProcessInstance incident = report();

    Task classify = classifyTask(incident);
    Date tuesday = date(2026, 5, 5, 16, 0);
    assertThat(classify.getDueDate()).isEqualTo(tuesday);
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(incident.getId())
            .timers()
            .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(tuesday);

    at(2026, 5, 2, 9, 0);
    assertThat(executableTimers(incident)).as("nothing fires on Saturday").isEmpty();
    at(2026, 5, 4, 16, 30);
    assertThat(executableTimers(incident)).as("nor on the bank holiday Monday").isEmpty();
    assertThat(groups(classifyTask(incident))).containsExactly("dsl");

    at(2026, 5, 5, 16, 1);
    List<Job> due = executableTimers(incident);
    assertThat(due).as("it fires on Tuesday").hasSize(1);
    engine.getManagementService().executeJob(due.get(0).getId());

    assertThat(groups(classifyTask(incident)))
        .as("offered to the head as well")
        .containsExactlyInAnyOrder("dsl", "head");
    assertThat(standIns).extracting(String::valueOf).containsExactly("HEAD");
    assertThat(incident)
        .hasPassedInOrder(
            "Timer_TriageOverdue",
            "Task_FindTriageStandIn",
            "Task_EscalateTriage",
            "EndEvent_TriageEscalated")
        .isWaitingAt("Task_ClassifyIncident");
  }

  @Test
  void aTriageDoneInTimeNeverEscalates() {
    at(2026, 5, 1, 16, 0);
    ProcessInstance incident = report();
    engine
        .getFormService()
        .submitTaskForm(
            classifyTask(incident).getId(),
            withVariables("classification", "inappropriate", "involvesContent", true));

    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(incident.getId())
                .timers()
                .count())
        .as("the timer went with the task")
        .isZero();
    assertThat(incident).hasNotPassed("Timer_TriageOverdue", "Task_EscalateTriage");
    assertThat(standIns).isEmpty();
  }

  // ------------------------------------------------------------------------------------------

  private ProcessInstance report() {
    Mocks.register(
        "incidentsRequestFilteringReportDelegate",
        (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {});
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            KEY,
            "INC-2026-0042",
            withVariables(
                INCIDENT_ID, 42L,
                REFERENCE, "INC-2026-0042",
                INCIDENT_TYPE, "Unauthorised downloading or uploading of files",
                IMMEDIATE_RISK, false,
                REPORTER, "teacher1"));
  }

  private Task classifyTask(ProcessInstance incident) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(incident.getId())
        .taskDefinitionKey("Task_ClassifyIncident")
        .singleResult();
  }

  private List<String> groups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  private List<Job> executableTimers(ProcessInstance incident) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(incident.getId())
        .timers()
        .executable()
        .list();
  }

  private static void at(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
  }

  private static Date date(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(SCHOOL).toInstant());
  }
}
