package org.beacon.allegations.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.beacon.allegations.domain.AccusedStaff;
import org.beacon.allegations.domain.Allegation;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;

/**
 * Need to know for allegations against staff (KCSIE Part 4). The accused never sees a line of the
 * case, whatever roles they hold. Otherwise the DSL and the case manager see it all: the head, or
 * the chair of governors when the head is accused, in which case holding the head role gives no
 * access at all. Whoever recorded it sees that it was received. Nobody else sees anything:
 * other staff, technicians, governors, administrators, and the chair when not case manager.
 */
@ApplicationScoped
public class AllegationAccess {

  public AllegationView viewFor(Caller caller, Allegation allegation) {
    if (excludedFromCase(caller, allegation)) {
      return AllegationView.NONE;
    }
    if (caller.has(Role.DSL) || managesCase(caller, allegation)) {
      return AllegationView.FULL;
    }
    if (caller.username().equals(allegation.raisedBy())) {
      return AllegationView.RECEIVED;
    }
    return AllegationView.NONE;
  }

  /**
   * Whether the caller must never see the case or its tasks, even when a task is offered to a
   * role they hold: the accused, and a head when the head is accused (unless they also hold a
   * role that gives need to know on its own, the DSL's or the chair's).
   */
  public boolean excludedFromCase(Caller caller, Allegation allegation) {
    AccusedStaff accused = allegation.accused();
    if (accused.is(caller.username())) {
      return true;
    }
    return accused.headteacher() && caller.has(Role.HEAD) && !caller.has(Role.DSL) && !caller.has(Role.CHAIR);
  }

  /** Whether the caller holds the case manager's role for this allegation. */
  public boolean managesCase(Caller caller, Allegation allegation) {
    return caller.has(caseManager(allegation.accused().headteacher()));
  }

  /** The case manager: the head, or the chair of governors when the allegation is against the head. */
  public static Role caseManager(boolean accusedIsHead) {
    return accusedIsHead ? Role.CHAIR : Role.HEAD;
  }
}
