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
import org.beacon.platform.tasks.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.FormField;

/**
 * When the DSL records the actions for a party (the pupil of this instance of the pupil branch, or
 * the staff named):
 *
 * <ul>
 *   <li>a repeat offence changed from what the recommendation was made for needs a reason; the flow
 *       then asks the school's matrix again with the DSL's answer, and nothing else is checked or
 *       recorded yet;
 *   <li>otherwise the actions ticked on the checklist ({@code actionsDecided}, whose choices are
 *       the school's decision's own outputs) are compared with what the matrix recommended, a
 *       reason is required where they differ, and they go into the incident log as the party's
 *       decision, with the DSL's other notes and, where the DSL changed the worked-out repeat
 *       offence, that change and its reason (the engine's history keeps who did it and when).
 * </ul>
 */
@Dependent
@Named("incidentsCheckActionsListener")
public class CheckActionsListener implements TaskListener {

  @Inject IncidentVariables variables;

  @Override
  public void notify(DelegateTask task) {
    boolean repeat = ProcessVariables.flag(task, IncidentProcess.REPEAT_OFFENCE);
    String repeatReason = ProcessVariables.text(task, IncidentProcess.REPEAT_OFFENCE_REASON);
    String earlier = ProcessVariables.text(task, IncidentProcess.EARLIER_INCIDENTS);
    boolean workedOut =
        earlier != null && !earlier.isEmpty() && !FindEarlierIncidentsDelegate.NONE.equals(earlier);
    boolean overridden = earlier != null && repeat != workedOut;
    if (overridden && (repeatReason == null || repeatReason.isBlank())) {
      throw BeaconProblem.invalid(
          "The repeat offence differs from the incident log",
          Map.of(
              IncidentProcess.REPEAT_OFFENCE_REASON,
              "is required when you change whether it is a repeat offence"));
    }
    if (repeat != ProcessVariables.flag(task, IncidentProcess.RECOMMENDED_FOR_REPEAT)) {
      return; // the flow asks the matrix again; the DSL decides on the new recommendation
    }

    String recommendedText = ProcessVariables.text(task, IncidentProcess.RECOMMENDED_SANCTIONS);
    Set<String> recommended = split(recommendedText);
    List<String> taken = TaskForm.lines(task.getVariable(IncidentProcess.ACTIONS_DECIDED));
    List<String> otherActions = new ArrayList<>();
    List<FormField> fields =
        task.getProcessEngineServices()
            .getFormService()
            .getTaskFormData(task.getId())
            .getFormFields();
    for (FormField field : fields) {
      if (!readonly(field)
          && "string".equals(field.getTypeName())
          && !Set.of(
                  IncidentProcess.DIFFERENCE_REASON,
                  IncidentProcess.RECOMMENDED_SANCTIONS,
                  IncidentProcess.ACTIONS_DECIDED,
                  IncidentProcess.REPEAT_OFFENCE_REASON)
              .contains(field.getId())) {
        String text = ProcessVariables.text(task, field.getId());
        if (text != null && !text.isBlank()) {
          otherActions.add(field.getLabel() + ": " + text);
        }
      }
    }
    if (overridden) {
      otherActions.add(
          "Repeat offence changed by the DSL to "
              + (repeat ? "yes" : "no")
              + " (earlier incidents within the school's window: "
              + earlier
              + "): "
              + repeatReason);
    }
    boolean differs = !recommended.equals(new LinkedHashSet<>(taken));
    String reason = ProcessVariables.text(task, IncidentProcess.DIFFERENCE_REASON);
    if (differs && (reason == null || reason.isBlank())) {
      throw BeaconProblem.invalid(
          "The actions differ from the school's matrix",
          Map.of(
              IncidentProcess.DIFFERENCE_REASON,
              "is required when the actions differ from the recommendation"));
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
      Arrays.stream(joined.split(IncidentProcess.ACTION_SEPARATOR))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .forEach(actions::add);
    }
    return actions;
  }
}
