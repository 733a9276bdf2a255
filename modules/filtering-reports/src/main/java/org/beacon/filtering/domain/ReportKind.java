package org.beacon.filtering.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a filtering report is about. */
public enum ReportKind {
  /** The filter let through a site it should have blocked. */
  UNDERBLOCKING,
  /** The filter blocked a site needed for teaching. */
  OVERBLOCKING;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReportKind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
  }
}
