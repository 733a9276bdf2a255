package org.beacon.incidents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * What was decided for one party of an incident: a pupil, by the school's pupil reference, or the
 * staff named ({@link #STAFF}). An incident involving three pupils has three decisions, each with
 * the matrix's recommendation and the actions chosen for that pupil alone.
 */
@Embeddable
public class PartyDecision {

  /** The party of the staff branch: the staff named in the incident, decided on together. */
  public static final String STAFF = "staff";

  /** A pupil the report did not name: the decision is about "a pupil", not a reference. */
  public static final String UNNAMED_PUPIL = "pupil not named";

  /** Joins actions in one column; no seed action's wording contains it. */
  static final String SEPARATOR = "; ";

  @Column(name = "party", nullable = false, length = 50)
  private String party;

  @Column(name = "recommended", length = 2000)
  private String recommended;

  @Column(name = "actions", length = 2000)
  private String actions;

  @Column(name = "other_actions", length = 4000)
  private String otherActions;

  @Column(name = "difference_reason", length = 2000)
  private String differenceReason;

  protected PartyDecision() {}

  PartyDecision(
      String party,
      String recommended,
      List<String> actions,
      String otherActions,
      String differenceReason) {
    this.party = party;
    this.recommended = recommended;
    this.actions = actions.isEmpty() ? null : String.join(SEPARATOR, actions);
    this.otherActions = otherActions;
    this.differenceReason = differenceReason;
  }

  public String party() {
    return party;
  }

  public String recommended() {
    return recommended;
  }

  public List<String> actions() {
    return actions == null
        ? List.of()
        : Arrays.stream(actions.split(SEPARATOR))
            .map(String::trim)
            .filter(a -> !a.isEmpty())
            .toList();
  }

  public String otherActions() {
    return otherActions;
  }

  public String differenceReason() {
    return differenceReason;
  }
}
