package org.beacon.platform.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles people hold in a school. Each is a security role and, by its {@link #id()}, the Camunda
 * candidate group of the tasks that role works.
 */
public enum Role {
  /** Any teacher, support staff or volunteer: reports concerns and sees only what they reported. */
  STAFF("staff"),
  /** Designated Safeguarding Lead: triages incidents, keeps the incident log. */
  DSL("dsl"),
  /** Headteacher: case manager for staff allegations, approves disciplinary steps. */
  HEAD("head"),
  /** Chair of governors: case manager when the allegation is against the headteacher. */
  CHAIR("chair"),
  /** ICT technical support and filtering manager. */
  TECHNICAL("technical"),
  /** Safeguarding governor: reads anonymised reports, approves policy reviews. */
  GOVERNOR("governor"),
  /** System administrator: models and deploys flows, manages users; no case content by default. */
  ADMIN("admin"),
  /**
   * School office and admissions staff: record agreements and consents from paper forms and keep
   * the pupils' lists; no case content.
   */
  OFFICE("office");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  /** The role's name in security checks, candidate groups and JSON. */
  public String id() {
    return id;
  }

  public static Optional<Role> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
