package org.beacon.incidents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A pupil involved, by the school's pupil reference and year group; never by name. */
@Embeddable
public class InvolvedPupil {

  @Column(name = "pupil_ref", nullable = false, length = 50)
  private String reference;

  @Column(name = "year_group", nullable = false, length = 20)
  private String yearGroup;

  protected InvolvedPupil() {}

  public InvolvedPupil(String reference, String yearGroup) {
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
