package org.beacon.allegations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.AccusedStaff;
import org.beacon.allegations.domain.Allegation;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.Role;

/**
 * Need to know for allegations against staff (KCSIE Part 4). The accused never sees a line of the
 * case, whatever roles they hold. Otherwise the DSL and the case manager see it all: the head, or
 * the chair of governors when the head is accused, in which case holding the head role gives no
 * access at all. Whoever recorded it sees that it was received. Nobody else sees anything: other
 * staff, technicians, governors, administrators, and the chair when not case manager.
 */
@ApplicationScoped
public class AllegationAccess {

  @Inject CaseParties parties;

  /** The rules over these parties: for work outside the container, such as a test. */
  public static AllegationAccess over(CaseParties parties) {
    AllegationAccess access = new AllegationAccess();
    access.parties = parties;
    return access;
  }

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
   * Whether the caller must never see the case or its tasks, even when a task is offered to a role
   * they hold: everyone the accused's name may mean (by person, from the directory, however the
   * name was typed), and a head when the head is accused (unless they also hold a role that gives
   * need to know on its own, the DSL's or the chair's).
   */
  public boolean excludedFromCase(Caller caller, Allegation allegation) {
    AccusedStaff accused = allegation.accused();
    if (accused.is(caller.username())
        || parties.isSubject(caller, AllegationProcess.KEY, allegation.reference())) {
      return true;
    }
    return accused.headteacher()
        && caller.has(Role.HEAD)
        && !caller.has(Role.DSL)
        && !caller.has(Role.CHAIR);
  }

  /**
   * Whether the caller manages the case: they hold the case manager's role, or a role that stands
   * in on it because everyone who would work its tasks is accused (the head for the only DSL).
   */
  public boolean managesCase(Caller caller, Allegation allegation) {
    return caller.has(caseManager(allegation.accused().headteacher()))
        || parties.standsIn(caller, AllegationProcess.KEY, allegation.reference());
  }

  /**
   * The case manager: the head, or the chair of governors when the allegation is against the head.
   */
  public static Role caseManager(boolean accusedIsHead) {
    return accusedIsHead ? Role.CHAIR : Role.HEAD;
  }
}
