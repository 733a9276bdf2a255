package org.beacon.records.infrastructure.bpm;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading the variables of the school-records flows. */
final class FlowValues {

  private FlowValues() {}

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  static long number(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof String text && text.trim().matches("\\d+")) {
      return Long.parseLong(text.trim());
    }
    throw new IllegalStateException("The process has no " + name + " variable");
  }
}
