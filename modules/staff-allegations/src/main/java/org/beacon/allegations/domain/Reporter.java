package org.beacon.allegations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who brought the allegation to the school (a parent, a pupil, a colleague), as opposed to the
 * Beacon user who recorded it. Empty for an anonymous allegation.
 */
@Embeddable
public class Reporter {

  @Column(name = "reporter_name", length = 200)
  private String name;

  @Column(name = "reporter_relationship", length = 100)
  private String relationship;

  @Column(name = "reporter_contact", length = 200)
  private String contact;

  protected Reporter() {}

  public Reporter(String name, String relationship, String contact) {
    this.name = name;
    this.relationship = relationship;
    this.contact = contact;
  }

  public static Reporter anonymous() {
    return new Reporter(null, null, null);
  }

  public String name() {
    return name;
  }

  public String relationship() {
    return relationship;
  }

  public String contact() {
    return contact;
  }
}
