package org.beacon.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.beacon.platform.api.SchoolTime;
import org.beacon.platform.calendar.BankHolidayCalendar;
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
 * A child's file moving school: the export is due 5 school days after the leaving date, the new
 * school's receipt is chased after 10 school days, and neither timer ends the step it watches.
 */
@Deployment(resources = "bpmn/platform/ChildFileTransferProcess.bpmn")
class ChildFileTransferProcessTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @BeforeEach
  void calendar() {
    init(engine.getProcessEngine());
    // Weekdays only; 2027-05-31 (spring bank holiday) is kept as the calendar's one holiday.
    Mocks.register("workingDays", new BankHolidayCalendar(List.of(LocalDate.of(2027, 5, 31))));
  }

  @AfterEach
  void resetEngine() {
    Mocks.reset();
    reset();
  }

  @Test
  void theExportIsDueFiveSchoolDaysAfterLeavingAndTheReceiptIsChasedAfterTen() {
    // Left on Wednesday 26 May 2027: 5 school days, skipping the weekend and the bank holiday.
    ProcessInstance transfer =
        runtimeService()
            .startProcessInstanceByKey(
                "ChildFileTransferProcess",
                "TRF-1",
                Map.of("leftAt", day(LocalDate.of(2027, 5, 26))));
    assertThat(transfer).isWaitingAt("Task_ExportFile");
    assertThat(task()).hasCandidateGroup("dsl");
    Job exportDue = timer(transfer);
    assertThat(exportDue.getDuedate()).isEqualTo(day(LocalDate.of(2027, 6, 3)));

    managementService().executeJob(exportDue.getId());
    assertThat(transfer).hasPassed("EndEvent_ExportOverdue").isWaitingAt("Task_ExportFile");

    // Exported on Friday 4 June: receipt chased on Friday 18 June.
    taskService().complete(task().getId(), Map.of("exportedAt", day(LocalDate.of(2027, 6, 4))));
    assertThat(transfer).isWaitingAt("Task_RecordReceipt");
    Job chase = timer(transfer);
    assertThat(chase.getDuedate()).isEqualTo(day(LocalDate.of(2027, 6, 18)));
    managementService().executeJob(chase.getId());
    assertThat(transfer).hasPassed("EndEvent_ReceiptChased").isWaitingAt("Task_RecordReceipt");

    taskService().complete(task().getId());
    assertThat(transfer)
        .hasPassedInOrder("Task_ExportFile", "Task_RecordReceipt", "EndEvent_Received")
        .isEnded();
  }

  @Test
  void aFileExportedAndReceivedInTimeRaisesNoAlert() {
    ProcessInstance transfer =
        runtimeService()
            .startProcessInstanceByKey(
                "ChildFileTransferProcess",
                "TRF-2",
                Map.of("leftAt", day(LocalDate.of(2027, 3, 1))));
    taskService()
        .complete(task(transfer).getId(), Map.of("exportedAt", day(LocalDate.of(2027, 3, 2))));
    taskService().complete(task(transfer).getId());
    assertThat(transfer).isEnded().hasNotPassed("EndEvent_ExportOverdue", "EndEvent_ReceiptChased");
  }

  private static Job timer(ProcessInstance instance) {
    return managementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .singleResult();
  }

  private static Date day(LocalDate date) {
    return Date.from(SchoolTime.startOf(date));
  }
}
