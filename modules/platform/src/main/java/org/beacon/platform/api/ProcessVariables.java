package org.beacon.platform.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Reading a flow's variables the same way in every module, with the engine's clock and the person
 * taking a step. Code that runs inside a flow (delegates, listeners) reads time from here, never
 * from the wall clock, so process tests that move the engine's clock move it too.
 *
 * <p>Rules every module shares: a text that is missing or blank is {@code null} (never {@code ""});
 * a flag is true only when set to {@code true}; a date form field is the day entered; a step taken
 * by nobody the engine can name is refused, never recorded as an invented user.
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  /** Now, on the engine's clock (which process tests move). */
  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Today in the school, on the engine's clock. */
  public static LocalDate today() {
    return SchoolTime.dayOf(now());
  }

  /** The id of the case a flow works on; a flow without it is a broken model, not bad input. */
  public static long id(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("The process has no " + name + " variable");
    }
    return number.longValue();
  }

  /** The text, trimmed; {@code null} when missing or blank. */
  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  /** True only when the variable is the boolean {@code true}. */
  public static boolean flag(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  /** A boolean that may not have been set: {@code null} then. */
  public static Boolean optionalFlag(VariableScope scope, String name) {
    return scope.getVariable(name) instanceof Boolean b ? b : null;
  }

  /** A date-time variable; {@code null} when missing or not a date. */
  public static Date date(VariableScope scope, String name) {
    return scope.getVariable(name) instanceof Date date ? date : null;
  }

  /**
   * A date form field as the calendar day the person entered. The engine's own form handling reads
   * and writes date fields in the server's zone, so the task API stores YYYY-MM-DD as the start of
   * that day in the server's zone, and the day is read back in the same zone.
   */
  public static LocalDate day(VariableScope scope, String name) {
    Date date = date(scope, name);
    return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }

  /** The decision a form field holds, which must be one of two: {@code true} for {@code yes}. */
  public static boolean decision(VariableScope scope, String name, String yes, String no) {
    String value = text(scope, name);
    if (yes.equals(value)) {
      return true;
    }
    if (no.equals(value)) {
      return false;
    }
    throw BeaconProblem.invalid(
        "Choose " + yes + " or " + no, Map.of(name, "must be " + yes + " or " + no));
  }

  /**
   * Who takes the step: the task's assignee (the task API claims a task for whoever completes it),
   * else the user the engine call runs as; empty when the engine can name nobody.
   */
  public static Optional<String> actorIfKnown(DelegateTask task) {
    if (task.getAssignee() != null) {
      return Optional.of(task.getAssignee());
    }
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return Optional.ofNullable(authentication == null ? null : authentication.getUserId());
  }

  /**
   * Who takes the step, as {@link #actorIfKnown}; refused (403) when nobody is named, because a
   * safeguarding record must say who made each decision.
   */
  public static String actor(DelegateTask task) {
    return actorIfKnown(task)
        .orElseThrow(() -> BeaconProblem.forbidden("A step in a flow must name who took it"));
  }
}
