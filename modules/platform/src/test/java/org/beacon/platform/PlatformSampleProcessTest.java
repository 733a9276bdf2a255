package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.beacon.platform.tasks.FormFieldView;
import org.beacon.platform.tasks.FormFieldView.Option;
import org.beacon.platform.tasks.TaskForm;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn-test/PlatformSampleProcess.bpmn")
class PlatformSampleProcessTest {

  private static final String PROCESS = "PlatformSampleProcess";

  @Test
  void aReviewIsTriagedByTheDslThenSignedOffByTheHead() {
    Instant requestedAt = Instant.parse("2025-03-03T08:30:00Z");
    ClockUtil.setCurrentTime(Date.from(requestedAt));

    ProcessInstance review = runtimeService().startProcessInstanceByKey(PROCESS);

    assertThat(review).isWaitingAtExactly("Task_Triage");
    assertThat(review)
        .task()
        .hasCandidateGroup("dsl")
        .isNotAssigned()
        .hasDueDate(Date.from(requestedAt.plus(Duration.ofDays(1))));

    formService()
        .submitTaskForm(
            task(review).getId(),
            Map.of(
                "summary",
                "Pupil shared an unkind image",
                "severity",
                "medium",
                "followUpDays",
                14L));

    assertThat(review).isWaitingAtExactly("Task_SignOff");
    assertThat(review).task().hasCandidateGroup("head").isNotAssigned();
    assertThat(review)
        .variables()
        .containsEntry("summary", "Pupil shared an unkind image")
        .containsEntry("severity", "medium")
        .containsEntry("followUpDays", 14L);

    formService().submitTaskForm(task(review).getId(), Map.of("approved", true));

    assertThat(review)
        .isEnded()
        .hasPassedInOrder(
            "StartEvent_ReviewRequested", "Task_Triage", "Task_SignOff", "EndEvent_ReviewDone");
  }

  @Test
  void theEngineKeepsTheTriageOpenWhenTheRequiredSummaryIsMissing() {
    ProcessInstance review = runtimeService().startProcessInstanceByKey(PROCESS);
    String triage = task(review).getId();

    assertThatThrownBy(() -> formService().submitTaskForm(triage, Map.of("severity", "low")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("summary");

    assertThat(review).isWaitingAtExactly("Task_Triage");
  }

  @Test
  void theTriageFormReadThroughTheTaskApiMatchesTheModel() {
    ProcessInstance review = runtimeService().startProcessInstanceByKey(PROCESS);

    TaskForm form =
        new TaskForm(formService().getTaskFormData(task(review).getId()).getFormFields());

    org.assertj.core.api.Assertions.assertThat(form.view())
        .extracting(FormFieldView::id, FormFieldView::type, FormFieldView::required)
        .containsExactly(
            tuple("summary", "string", true),
            tuple("severity", "enum", true),
            tuple("followUpDays", "long", false));
    org.assertj.core.api.Assertions.assertThat(form.view().get(1).values())
        .containsExactly(
            new Option("low", "Low"), new Option("medium", "Medium"), new Option("high", "High"));
  }

  @Test
  void valuesTheTaskFormAcceptsAreStoredByTheEngineWithTheirTypes() {
    ProcessInstance review = runtimeService().startProcessInstanceByKey(PROCESS);
    String triage = task(review).getId();
    TaskForm form = new TaskForm(formService().getTaskFormData(triage).getFormFields());

    Map<String, Object> values =
        form.accept(
            Json.createObjectBuilder()
                .add("summary", "Filtering blocked a research site")
                .add("severity", "low")
                .add("followUpDays", "30")
                .build());
    formService().submitTaskForm(triage, values);

    assertThat(review).isWaitingAtExactly("Task_SignOff");
    assertThat(review)
        .variables()
        .containsEntry("followUpDays", 30L)
        .containsEntry("severity", "low");
  }
}
