package org.beacon.records.infrastructure.bpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.beacon.platform.api.SchoolTime;
import org.beacon.records.InMemory;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.application.Training;
import org.beacon.records.application.Training.Gap;
import org.beacon.records.application.Training.NewTraining;
import org.beacon.records.application.Training.TrainingView;
import org.beacon.records.application.Wiring;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Training records remind the person and the DSL four weeks before they expire. */
@Deployment(resources = "bpmn/school-records/TrainingReminderProcess.bpmn")
class TrainingReminderProcessTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private InMemory store;
  private Training training;

  @BeforeEach
  void wireSteps() {
    init(engine.getProcessEngine());
    store = new InMemory();
    Steps.register(store, engine.getProcessEngine());
    training = Wiring.training(store, engine.getProcessEngine());
    at(LocalDate.of(2024, 12, 11), 9);
  }

  @AfterEach
  void forgetSteps() {
    ClockUtil.reset();
    Mocks.reset();
    reset();
  }

  private static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(
        Date.from(ZonedDateTime.of(day.atTime(hour, 0), SchoolTime.ZONE).toInstant()));
  }

  private static Caller as(String username, Role role) {
    return new Caller(username, Set.of(role));
  }

  private ProcessInstance reminderOf(TrainingView record) {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(RecordsProcesses.TRAINING_REMINDER_KEY)
        .processInstanceBusinessKey("TRN-" + record.id())
        .singleResult();
  }

  @Test
  void dslTrainingOnTenDecember2024RemindsFourWeeksBeforeTenDecember2026() {
    TrainingView record =
        training.record(
            as("dsl", Role.DSL),
            new NewTraining(null, "dsl", "2024-12-10", "Local authority", "certificate-2024.pdf"));
    assertThat(record.expiresOn()).isEqualTo(LocalDate.of(2026, 12, 10));

    ProcessInstance reminder = reminderOf(record);
    assertThat(reminder).isWaitingAt("Gateway_DueOrRenewed");
    Job timer =
        managementService()
            .createJobQuery()
            .processInstanceId(reminder.getId())
            .timers()
            .singleResult();
    assertThat(SchoolTime.dayOf(timer.getDuedate())).isEqualTo(LocalDate.of(2026, 11, 12));
    assertThat(taskService().createTaskQuery().count()).isZero();

    at(LocalDate.of(2026, 11, 12), 9);
    managementService().executeJob(timer.getId());

    Task own =
        taskService().createTaskQuery().taskDefinitionKey("Task_RenewTraining").singleResult();
    assertThat(own.getAssignee()).isEqualTo("dsl");
    assertThat(own.getName()).isEqualTo("Renew your DSL training training");
    assertThat(SchoolTime.dayOf(own.getDueDate())).isEqualTo(LocalDate.of(2026, 12, 10));
    Task dsl =
        taskService().createTaskQuery().taskDefinitionKey("Task_TrainingExpiring").singleResult();
    assertThat(taskService().getIdentityLinksForTask(dsl.getId()))
        .extracting(l -> l.getGroupId())
        .containsExactly("dsl");
    assertThat(dsl.getName()).isEqualTo("DSL training of dsl expires soon");

    taskService().complete(own.getId());
    taskService().complete(dsl.getId());
    assertThat(reminder)
        .hasPassedInOrder(
            "StartEvent_TrainingRecorded",
            "Gateway_DueOrRenewed",
            "Timer_ReminderDue",
            "Gateway_RemindBoth",
            "Gateway_Reminded",
            "EndEvent_Reminded")
        .isEnded();
  }

  @Test
  void recordingTheCourseAgainEndsTheOlderRecordsReminder() {
    TrainingView first =
        training.record(
            as("office", Role.OFFICE),
            new NewTraining("staff", "esafety-awareness", "2024-09-02", "E-safety team", null));
    ProcessInstance firstReminder = reminderOf(first);

    at(LocalDate.of(2025, 7, 1), 9);
    TrainingView second =
        training.record(
            as("staff", Role.STAFF),
            new NewTraining(null, "esafety-awareness", "2025-06-30", "E-safety team", null));

    assertThat(firstReminder).hasPassed("EndEvent_Superseded").isEnded();
    assertThat(reminderOf(second)).isWaitingAt("Gateway_DueOrRenewed");
    assertThat(
            historyService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(RecordsProcesses.TRAINING_REMINDER_KEY)
                .count())
        .isEqualTo(2);
  }

  @Test
  void theGapReportListsMissingExpiredAndExpiringTrainingForTheDslOnly() {
    training.record(
        as("office", Role.OFFICE),
        new NewTraining("staff", "esafety-awareness", "2023-10-01", "E-safety team", null));
    training.record(
        as("office", Role.OFFICE),
        new NewTraining("staff2", "esafety-awareness", "2024-01-02", "E-safety team", null));
    training.record(
        as("office", Role.OFFICE),
        new NewTraining("staff2", "prevent", "2024-12-01", "Home Office e-learning", null));

    List<Gap> gaps = training.gaps(as("dsl", Role.DSL));
    assertThat(gaps)
        .filteredOn(g -> g.username().equals("staff"))
        .extracting(g -> g.course() + " " + g.status())
        .containsExactlyInAnyOrder("esafety-awareness expired", "prevent missing");
    assertThat(gaps)
        .filteredOn(g -> g.username().equals("staff2"))
        .extracting(g -> g.course() + " " + g.status())
        .containsExactly("esafety-awareness expiring");
    // DSL training is asked of DSLs only.
    assertThat(gaps)
        .filteredOn(g -> g.course().equals("dsl"))
        .extracting(Gap::username)
        .containsExactly("dsl");

    assertThatThrownBy(() -> training.gaps(as("staff", Role.STAFF)))
        .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(403));
  }

  @Test
  void staffRecordTheirOwnTrainingOnlyAndBadInputChangesNothing() {
    assertThatThrownBy(
            () ->
                training.record(
                    as("staff", Role.STAFF),
                    new NewTraining("staff2", "prevent", "2024-12-01", "Home Office", null)))
        .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(403));
    assertThatThrownBy(
            () ->
                training.record(
                    as("staff", Role.STAFF),
                    new NewTraining(null, "juggling", "2030-01-01", " ", null)))
        .isInstanceOfSatisfying(
            BeaconProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(400);
              assertThat(p.fields()).containsOnlyKeys("course", "completedOn", "provider");
            });
    assertThat(store.training).isEmpty();
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }
}
