package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.FormField;

/**
 * When the DSL records the actions taken: every ticked action field ({@code action...}, labelled
 * with the matrix's wording) is compared with what the matrix recommended, a reason is required
 * where they differ, and the actions go into the incident log as the decision for the task's
 * party (the pupil of this instance of the pupil branch, or the staff named).
 */
@Dependent
@Named("incidentsCheckActionsListener")
public class CheckActionsListener implements TaskListener {

  static final String ACTION_FIELD_PREFIX = "action";

  @Inject IncidentVariables variables;

  @Override
  public void notify(DelegateTask task) {
    String recommendedText = ProcessVariables.text(task, IncidentProcess.RECOMMENDED_SANCTIONS);
    Set<String> recommended = split(recommendedText);
    List<FormField> fields =
        task.getProcessEngineServices().getFormService().getTaskFormData(task.getId()).getFormFields();
    Set<String> offered = new LinkedHashSet<>();
    List<String> taken = new ArrayList<>();
    List<String> otherActions = new ArrayList<>();
    for (FormField field : fields) {
      if (readonly(field)) {
        continue;
      }
      if (field.getId().startsWith(ACTION_FIELD_PREFIX) && "boolean".equals(field.getTypeName())) {
        offered.add(field.getLabel());
        if (ProcessVariables.flag(task, field.getId())) {
          taken.add(field.getLabel());
        }
      } else if ("string".equals(field.getTypeName())
          && !field.getId().equals(IncidentProcess.DIFFERENCE_REASON)
          && !field.getId().equals(IncidentProcess.RECOMMENDED_SANCTIONS)) {
        String text = ProcessVariables.text(task, field.getId());
        if (text != null && !text.isBlank()) {
          otherActions.add(field.getLabel() + ": " + text);
        }
      }
    }
    Set<String> recommendedOnForm = new LinkedHashSet<>(recommended);
    recommendedOnForm.retainAll(offered);
    boolean differs = !recommendedOnForm.equals(new LinkedHashSet<>(taken));
    String reason = ProcessVariables.text(task, IncidentProcess.DIFFERENCE_REASON);
    if (differs && (reason == null || reason.isBlank())) {
      throw BeaconProblem.invalid(
          "The actions differ from the school's matrix",
          Map.of(IncidentProcess.DIFFERENCE_REASON, "is required when the actions differ from the recommendation"));
    }
    variables
        .incident(task)
        .recordActions(
            IncidentVariables.party(task),
            recommendedText,
            taken,
            otherActions.isEmpty() ? null : String.join("\n", otherActions),
            differs ? reason : null);
  }

  /** Shown, not entered: the recommendation and the pupil the form is about. */
  private static boolean readonly(FormField field) {
    return field.getValidationConstraints().stream().anyMatch(c -> "readonly".equals(c.getName()));
  }

  static Set<String> split(String joined) {
    Set<String> actions = new LinkedHashSet<>();
    if (joined != null && !joined.isBlank()) {
      Arrays.stream(joined.split(IncidentProcess.ACTION_SEPARATOR)).map(String::trim).filter(s -> !s.isEmpty()).forEach(actions::add);
    }
    return actions;
  }
}
