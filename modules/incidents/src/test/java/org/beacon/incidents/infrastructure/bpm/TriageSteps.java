package org.beacon.incidents.infrastructure.bpm;

import org.beacon.platform.api.CaseParties;

/**
 * The escalation steps (triage, overdue actions), wired as CDI wires them, for process tests
 * outside the container.
 */
public final class TriageSteps {

  private TriageSteps() {}

  /** The escalation delegate recording stand-ins in {@code parties}. */
  public static EscalateTriageDelegate escalation(CaseParties parties) {
    EscalateTriageDelegate delegate = new EscalateTriageDelegate();
    delegate.parties = parties;
    return delegate;
  }

  /** The overdue-action escalation delegate recording stand-ins in {@code parties}. */
  public static EscalateActionDelegate actionEscalation(CaseParties parties) {
    EscalateActionDelegate delegate = new EscalateActionDelegate();
    delegate.parties = parties;
    return delegate;
  }
}
