package org.beacon.platform.api;

import java.time.Instant;
import java.util.List;

/**
 * The chronology of a case as the engine recorded it: every step of its process instance, who did
 * it, when, and what they entered. Modules show it to the people allowed to see it.
 */
public interface CaseHistory {

  /**
   * The steps of a process instance, oldest first; open tasks last with {@code completed=false}.
   */
  List<Step> steps(String processInstanceId);

  /**
   * One step.
   *
   * @param at when it was completed (or, if still open, started)
   * @param activityId the model element id, e.g. Task_ClassifyIncident
   * @param name the element's name in the model
   * @param kind task, event, decision or service
   * @param actor who completed a task (null for automatic steps)
   * @param completed whether the step is done
   * @param values what was entered in a task's form
   */
  record Step(
      Instant at,
      String activityId,
      String name,
      String kind,
      String actor,
      boolean completed,
      List<FieldValue> values) {}

  /**
   * A value entered in a form.
   *
   * @param id the form field id
   * @param label the field's label in the model
   * @param value what was entered, as text
   */
  record FieldValue(String id, String label, String value) {}
}
