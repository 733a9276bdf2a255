package org.beacon.incidents.domain;

import java.util.Locale;
import java.util.Optional;

/** The DSL's classification of an incident (seed 001 flow chart). */
public enum Classification {
  ILLEGAL,
  INAPPROPRIATE,
  UNSURE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Classification> fromId(String id) {
    for (Classification c : values()) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
