package org.beacon.filtering.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a filtering rule does with what it matches. */
public enum RuleAction {
  BLOCK,
  ALLOW;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RuleAction> fromId(String id) {
    return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst();
  }
}
