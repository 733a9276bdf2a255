package org.beacon.platform.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.beacon.platform.api.CaseHistory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;

/** Reads a case's chronology from the engine's full history. */
@ApplicationScoped
public class EngineCaseHistory implements CaseHistory {

  /** Routing elements say nothing a reader needs. */
  private static final Set<String> SILENT =
      Set.of(
          "exclusiveGateway",
          "parallelGateway",
          "inclusiveGateway",
          "eventBasedGateway",
          "sequenceFlow");

  @Inject HistoryService historyService;
  @Inject RepositoryService repositoryService;

  @Override
  public List<Step> steps(String processInstanceId) {
    List<HistoricActivityInstance> activities =
        historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(processInstanceId)
            .orderPartiallyByOccurrence()
            .asc()
            .list();
    if (activities.isEmpty()) {
      return List.of();
    }
    Map<String, List<HistoricFormField>> valuesByTask =
        historyService
            .createHistoricDetailQuery()
            .processInstanceId(processInstanceId)
            .formFields()
            .list()
            .stream()
            .filter(HistoricFormField.class::isInstance)
            .map(HistoricFormField.class::cast)
            .filter(f -> f.getTaskId() != null)
            .collect(Collectors.groupingBy(HistoricDetail::getTaskId));
    // A task's own name, where the model names it by an expression (an action task is named after
    // its action): the activity keeps the model's text, the task what it said to the person.
    Map<String, String> taskNames = new HashMap<>();
    historyService
        .createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId)
        .list()
        .stream()
        .filter(t -> t.getName() != null)
        .forEach(t -> taskNames.put(t.getId(), t.getName()));
    Labels labels = new Labels(activities.get(0).getProcessDefinitionId());
    List<Step> steps = new ArrayList<>();
    for (HistoricActivityInstance activity : activities) {
      if (SILENT.contains(activity.getActivityType())) {
        continue;
      }
      boolean completed = activity.getEndTime() != null;
      Date at = completed ? activity.getEndTime() : activity.getStartTime();
      List<FieldValue> values =
          valuesByTask.getOrDefault(activity.getTaskId(), List.of()).stream()
              .sorted(Comparator.comparing(HistoricDetail::getTime))
              .map(
                  f ->
                      new FieldValue(
                          f.getFieldId(),
                          labels.of(activity.getActivityId(), f.getFieldId()),
                          text(f.getFieldValue())))
              .toList();
      steps.add(
          new Step(
              at.toInstant(),
              activity.getActivityId(),
              name(activity, taskNames),
              kind(activity.getActivityType()),
              activity.getAssignee(),
              completed,
              values));
    }
    // Open steps last, completed ones in the order they were completed.
    steps.sort(Comparator.comparing((Step s) -> !s.completed()).thenComparing(Step::at));
    return List.copyOf(steps);
  }

  private static String name(HistoricActivityInstance activity, Map<String, String> taskNames) {
    String taskName = activity.getTaskId() == null ? null : taskNames.get(activity.getTaskId());
    if (taskName != null) {
      return taskName;
    }
    return activity.getActivityName() == null
        ? activity.getActivityId()
        : activity.getActivityName();
  }

  private static String kind(String activityType) {
    if ("userTask".equals(activityType)) {
      return "task";
    }
    if ("businessRuleTask".equals(activityType)) {
      return "decision";
    }
    if (activityType.endsWith("Task")) {
      return "service";
    }
    return "event";
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    return value.toString();
  }

  /** Form field labels from the model the instance ran on. */
  private final class Labels {
    private final String processDefinitionId;
    private BpmnModelInstance model;
    private final Map<String, Map<String, String>> byActivity = new HashMap<>();

    Labels(String processDefinitionId) {
      this.processDefinitionId = processDefinitionId;
    }

    String of(String activityId, String fieldId) {
      return byActivity.computeIfAbsent(activityId, this::load).getOrDefault(fieldId, fieldId);
    }

    private Map<String, String> load(String activityId) {
      if (model == null) {
        model = repositoryService.getBpmnModelInstance(processDefinitionId);
      }
      Map<String, String> labels = new HashMap<>();
      if (model.getModelElementById(activityId) instanceof UserTask task) {
        ExtensionElements extensions = task.getExtensionElements();
        if (extensions != null) {
          for (CamundaFormData data : extensions.getChildElementsByType(CamundaFormData.class)) {
            for (CamundaFormField field : data.getCamundaFormFields()) {
              if (field.getCamundaLabel() != null) {
                labels.put(field.getCamundaId(), field.getCamundaLabel());
              }
            }
          }
        }
      }
      return labels;
    }
  }
}
