package org.beacon.allegations.domain;

import java.util.Arrays;
import java.util.Optional;

/** What became of the accused's work at the school. */
public enum EmploymentOutcome {
  REMAINS_IN_POST("remainsInPost"),
  DISMISSED("dismissed"),
  /** Resigned (or left) before the procedure could conclude. */
  RESIGNED("resigned"),
  /** A volunteer or contractor whose services are no longer used: removal, as a dismissal. */
  SERVICES_CEASED("servicesCeased");

  private final String id;

  EmploymentOutcome(String id) {
    this.id = id;
  }

  /** The value of the model's form field. */
  public String id() {
    return id;
  }

  /** Removed from work with children, or would have been had they not left first. */
  public boolean removed() {
    return this != REMAINS_IN_POST;
  }

  public static Optional<EmploymentOutcome> fromId(String id) {
    return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
  }
}
