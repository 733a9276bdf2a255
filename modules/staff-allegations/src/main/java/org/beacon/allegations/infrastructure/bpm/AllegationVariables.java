package org.beacon.allegations.infrastructure.bpm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Reading what a step of the allegation flow works on. */
final class AllegationVariables {

  private AllegationVariables() {}

  static Allegation allegation(AllegationRepository allegations, VariableScope scope) {
    Object id = scope.getVariable(AllegationProcess.ALLEGATION_ID);
    if (!(id instanceof Number number)) {
      throw new IllegalStateException("The process has no allegationId variable");
    }
    return allegations
        .find(number.longValue())
        .orElseThrow(() -> new IllegalStateException("Allegation " + id + " does not exist"));
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  static boolean flag(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  /** A boolean that may not have been set: null then. */
  static Boolean optionalFlag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : null;
  }

  /**
   * A date form field's value as a calendar day. The task API turns YYYY-MM-DD into the start of
   * that day in the server's time zone, so the day is read back in the same zone.
   */
  static LocalDate day(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Date date ? date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate() : null;
  }

  /** The engine's clock, which tests control. */
  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
