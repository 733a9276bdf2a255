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
import java.util.Map;
import org.beacon.platform.api.SchoolTime;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A subject access request: the DSL reviews, the head approves, the DSL releases; the statutory
 * month is a timer on each step that alerts without ending it.
 */
@Deployment(resources = "bpmn/platform/SubjectAccessRequestProcess.bpmn")
class SubjectAccessRequestProcessTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @BeforeEach
  void initEngine() {
    init(engine.getProcessEngine());
  }

  @AfterEach
  void resetEngine() {
    reset();
  }

  @Test
  void theDslReviewsTheHeadApprovesAndTheDslReleases() {
    ProcessInstance request = start("SAR-1", LocalDate.of(2027, 2, 3));
    assertThat(request).isWaitingAt("Task_ReviewItems");
    assertThat(task()).hasCandidateGroup("dsl");
    taskService().complete(task().getId());
    assertThat(request).isWaitingAt("Task_ApproveRelease");
    assertThat(task()).hasCandidateGroup("head");
    taskService().complete(task().getId());
    assertThat(request).isWaitingAt("Task_ReleaseToRequester");
    assertThat(task()).hasCandidateGroup("dsl");
    taskService().complete(task().getId());
    assertThat(request)
        .hasPassedInOrder(
            "Task_ReviewItems",
            "Task_ApproveRelease",
            "Task_ReleaseToRequester",
            "EndEvent_Released")
        .hasNotPassed("EndEvent_ReviewOverdue")
        .isEnded();
  }

  @Test
  void whenTheMonthPassesTheStepStaysOpenAndIsFlaggedOverdue() {
    ProcessInstance request = start("SAR-2", LocalDate.of(2027, 2, 3));
    Job due =
        managementService()
            .createJobQuery()
            .processInstanceId(request.getId())
            .timers()
            .singleResult();
    assertThat(due.getDuedate()).isEqualTo(Date.from(SchoolTime.startOf(LocalDate.of(2027, 2, 3))));
    assertThat(task(request).getDueDate()).isEqualTo(due.getDuedate());
    managementService().executeJob(due.getId());
    assertThat(request).hasPassed("EndEvent_ReviewOverdue").isWaitingAt("Task_ReviewItems");
  }

  private static ProcessInstance start(String reference, LocalDate dueOn) {
    return runtimeService()
        .startProcessInstanceByKey(
            "SubjectAccessRequestProcess",
            reference,
            Map.of("dueAt", Date.from(SchoolTime.startOf(dueOn))));
  }
}
