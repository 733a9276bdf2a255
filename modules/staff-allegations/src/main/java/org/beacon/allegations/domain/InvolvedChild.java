package org.beacon.allegations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A child the allegation concerns, by the school's pupil reference (never a name) and year group.
 */
@Embeddable
public class InvolvedChild {

  @Column(name = "pupil_ref", nullable = false, length = 50)
  private String reference;

  @Column(name = "year_group", length = 20)
  private String yearGroup;

  protected InvolvedChild() {}

  public InvolvedChild(String reference, String yearGroup) {
    this.reference = reference;
    this.yearGroup = yearGroup;
  }

  public String reference() {
    return reference;
  }

  public String yearGroup() {
    return yearGroup;
  }
}
