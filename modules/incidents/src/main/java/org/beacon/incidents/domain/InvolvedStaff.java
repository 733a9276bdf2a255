package org.beacon.incidents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A member of staff involved: by the username of their Beacon account, or by name for someone
 * without an account (a supply teacher, a volunteer).
 */
@Embeddable
public class InvolvedStaff {

  @Column(name = "staff_username", length = 100)
  private String username;

  @Column(name = "staff_name", length = 200)
  private String name;

  protected InvolvedStaff() {}

  private InvolvedStaff(String username, String name) {
    this.username = username;
    this.name = name;
  }

  public static InvolvedStaff withAccount(String username) {
    return new InvolvedStaff(username, null);
  }

  public static InvolvedStaff withoutAccount(String name) {
    return new InvolvedStaff(null, name);
  }

  public String username() {
    return username;
  }

  public String name() {
    return name;
  }

  /** The reference the staff chronology is kept under: the username, else the name. */
  public String reference() {
    return username != null ? username : name;
  }
}
