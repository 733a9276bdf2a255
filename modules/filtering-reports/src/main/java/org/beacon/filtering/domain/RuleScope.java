package org.beacon.filtering.domain;

import java.util.Arrays;
import java.util.Optional;

/** Whom a filtering rule applies to. */
public enum RuleScope {
  ALL_USERS("allUsers"),
  STAFF("staff"),
  /** Named year groups only, e.g. "Year 10, Year 11". */
  YEAR_GROUPS("yearGroups");

  private final String id;

  RuleScope(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<RuleScope> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
