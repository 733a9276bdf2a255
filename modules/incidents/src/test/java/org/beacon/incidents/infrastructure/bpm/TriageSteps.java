package org.beacon.incidents.infrastructure.bpm;

import org.beacon.platform.api.CaseParties;

/** The triage escalation step, wired as CDI wires it, for process tests outside the container. */
public final class TriageSteps {

  private TriageSteps() {}

  /** The escalation delegate recording stand-ins in {@code parties}. */
  public static EscalateTriageDelegate escalation(CaseParties parties) {
    EscalateTriageDelegate delegate = new EscalateTriageDelegate();
    delegate.parties = parties;
    return delegate;
  }
}
