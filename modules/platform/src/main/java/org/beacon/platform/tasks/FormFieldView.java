package org.beacon.platform.tasks;

import java.util.List;

/**
 * One field of a task's form, read from the model's {@code camunda:formField}.
 *
 * @param id the variable the value is stored in
 * @param label what the person filling it in reads
 * @param type string, long, boolean, date, enum, or checklist (a text field whose choices the flow
 *     holds; see {@link TaskForm})
 * @param required whether a value must be given
 * @param readonly whether the field only shows a value the flow holds: never sent on completion
 * @param values for enum and checklist fields: the allowed values with their labels, in order
 * @param defaultValue the model's default, if any
 * @param value the current value of the variable, if it already has one
 */
public record FormFieldView(
    String id,
    String label,
    String type,
    boolean required,
    boolean readonly,
    List<Option> values,
    Object defaultValue,
    Object value) {

  /**
   * An allowed value of an enum field.
   *
   * @param id the value stored
   * @param label what is shown
   */
  public record Option(String id, String label) {}
}
