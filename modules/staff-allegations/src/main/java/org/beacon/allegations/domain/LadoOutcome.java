package org.beacon.allegations.domain;

import java.util.Arrays;
import java.util.Optional;

/** What the LADO consultation decided. */
public enum LadoOutcome {
  POLICE("police"),
  STRATEGY_DISCUSSION("strategyDiscussion"),
  INTERNAL_INVESTIGATION("internalInvestigation"),
  NO_FURTHER_ACTION("noFurtherAction");

  private final String id;

  LadoOutcome(String id) {
    this.id = id;
  }

  /** The value of the model's form field. */
  public String id() {
    return id;
  }

  public static Optional<LadoOutcome> fromId(String id) {
    return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
  }
}
