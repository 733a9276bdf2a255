package org.beacon.platform.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link TaskForm} over the form data a real engine hands out: the engine converts some values
 * (dates) before Beacon sees them, which hand-built form fields would not show.
 */
class TaskFormProcessTest {

  @RegisterExtension ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  @Test
  void aDateFieldsCurrentValueIsShownInTheIsoFormTheFormAcceptsBack() {
    deploy(
        Bpmn.createExecutableProcess("DateFieldCheck")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Check")
            .camundaFormField()
            .camundaId("reviewOn")
            .camundaType("date")
            .camundaFormFieldDone()
            .endEvent()
            .done());
    Date firstOfMarch = startOfDay(LocalDate.of(2024, 3, 1));
    String instance =
        engine()
            .getRuntimeService()
            .startProcessInstanceByKey("DateFieldCheck", Map.of("reviewOn", firstOfMarch))
            .getId();
    String taskId =
        engine()
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance)
            .singleResult()
            .getId();
    TaskForm form = new TaskForm(engine().getFormService().getTaskFormData(taskId).getFormFields());

    List<FormFieldView> view = form.view();

    assertThat(view).singleElement().extracting(FormFieldView::value).isEqualTo("2024-03-01");
    assertThat(form.accept(Json.createObjectBuilder().add("reviewOn", "2024-03-01").build()))
        .containsEntry("reviewOn", firstOfMarch);
  }

  @Test
  void aDateFieldsModelDefaultIsShownAsAnIsoDate() {
    deploy(
        Bpmn.createExecutableProcess("DateDefaultCheck")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Check")
            .camundaFormField()
            .camundaId("reviewOn")
            .camundaType("date")
            .camundaDefaultValue("01/03/2024")
            .camundaFormFieldDone()
            .endEvent()
            .done());
    String instance =
        engine().getRuntimeService().startProcessInstanceByKey("DateDefaultCheck").getId();
    String taskId =
        engine()
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance)
            .singleResult()
            .getId();

    FormFieldView field =
        new TaskForm(engine().getFormService().getTaskFormData(taskId).getFormFields())
            .view()
            .get(0);

    assertThat(field.defaultValue()).isEqualTo("2024-03-01");
    assertThat(field.value()).isEqualTo("2024-03-01");
  }

  @Test
  void anUnsetDateFieldHasNoValue() {
    deploy(
        Bpmn.createExecutableProcess("DateUnsetCheck")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Check")
            .camundaFormField()
            .camundaId("reviewOn")
            .camundaType("date")
            .camundaFormFieldDone()
            .endEvent()
            .done());
    String instance =
        engine().getRuntimeService().startProcessInstanceByKey("DateUnsetCheck").getId();
    String taskId =
        engine()
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance)
            .singleResult()
            .getId();

    FormFieldView field =
        new TaskForm(engine().getFormService().getTaskFormData(taskId).getFormFields())
            .view()
            .get(0);

    assertThat(field.value()).isNull();
    assertThat(field.defaultValue()).isNull();
  }

  private void deploy(BpmnModelInstance model) {
    extension.manageDeployment(
        engine()
            .getRepositoryService()
            .createDeployment()
            .addModelInstance("model.bpmn", model)
            .deploy());
  }

  private ProcessEngine engine() {
    return extension.getProcessEngine();
  }

  private static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
