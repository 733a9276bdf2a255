package org.beacon.allegations.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the accused does at the school; a teacher is also referred to the Teaching Regulation
 * Agency.
 */
public enum StaffRole {
  TEACHER,
  SUPPORT_STAFF,
  VOLUNTEER,
  CONTRACTOR,
  OTHER;

  /** The id used in JSON and forms: lower case with hyphens, e.g. {@code support-staff}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<StaffRole> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
  }
}
