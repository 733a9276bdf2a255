package org.beacon.allegations.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the allegation came to the school. */
public enum AllegationSource {
  CHILD_DISCLOSURE,
  PARENT,
  COLLEAGUE,
  ANONYMOUS,
  /** Raised from an e-safety incident (illegal material involving staff). */
  INCIDENT;

  /** The id used in JSON: lower case with hyphens, e.g. {@code child-disclosure}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<AllegationSource> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
  }
}
