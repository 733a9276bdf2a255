package org.beacon.allegations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Objects;

/**
 * The member of staff an allegation is about: by the username of their Beacon account, or by name
 * for someone without one (a supply teacher, a volunteer, a contractor).
 */
@Embeddable
public class AccusedStaff {

  @Column(name = "accused_username", length = 100)
  private String username;

  @Column(name = "accused_name", length = 200)
  private String name;

  /** The key low-level concerns are counted under: the username, else the name, in lower case. */
  @Column(name = "accused_reference", nullable = false, length = 200)
  private String reference;

  @Column(name = "accused_is_head", nullable = false)
  private boolean headteacher;

  @Enumerated(EnumType.STRING)
  @Column(name = "accused_role", length = 20)
  private StaffRole role;

  protected AccusedStaff() {}

  private AccusedStaff(String username, String name, boolean headteacher, StaffRole role) {
    this.username = username;
    this.name = name;
    this.reference = referenceOf(username != null ? username : Objects.requireNonNull(name));
    this.headteacher = headteacher;
    this.role = role;
  }

  public static AccusedStaff withAccount(String username, boolean headteacher, StaffRole role) {
    return new AccusedStaff(Objects.requireNonNull(username), null, headteacher, role);
  }

  public static AccusedStaff withoutAccount(String name, boolean headteacher, StaffRole role) {
    return new AccusedStaff(null, Objects.requireNonNull(name), headteacher, role);
  }

  /** The same person, with what the DSL established about their post. */
  public AccusedStaff withPost(boolean headteacher, StaffRole role) {
    return new AccusedStaff(username, name, headteacher, role);
  }

  /** The key for a staff reference as given (username or name): trimmed, lower case. */
  public static String referenceOf(String usernameOrName) {
    return usernameOrName.trim().toLowerCase(Locale.ROOT);
  }

  /** Whether the person with this username is the accused. */
  public boolean is(String callerUsername) {
    return username != null && username.equals(callerUsername);
  }

  /** A teacher, for the Teaching Regulation Agency; a headteacher is one. */
  public boolean teacher() {
    return headteacher || role == StaffRole.TEACHER;
  }

  public String username() {
    return username;
  }

  public String name() {
    return name;
  }

  public String reference() {
    return reference;
  }

  public boolean headteacher() {
    return headteacher;
  }

  public StaffRole role() {
    return role;
  }
}
