package org.beacon.governance.infrastructure.bpm;

import java.time.Instant;
import java.util.Date;
import org.beacon.platform.api.BeaconProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Reading the variables of the governance flows, and the engine's clock (tests move it). */
final class FlowValues {

  private FlowValues() {}

  static Instant now() {
    return ClockUtil.now().toInstant();
  }

  static long id(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("The process has no " + name + " variable");
    }
    return number.longValue();
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  static Date date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Date date ? date : null;
  }

  static boolean flag(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  /** The decision a form field holds, which must be one of two. */
  static boolean decision(VariableScope scope, String name, String yes, String no) {
    String value = text(scope, name);
    if (yes.equals(value)) {
      return true;
    }
    if (no.equals(value)) {
      return false;
    }
    throw BeaconProblem.invalid("Choose " + yes + " or " + no, java.util.Map.of(name, "must be " + yes + " or " + no));
  }

  /** Who completes the task: the task API claims it for them first. */
  static String actor(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    String authenticated =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
            ? null
            : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
    return authenticated == null ? "unknown" : authenticated;
  }
}
