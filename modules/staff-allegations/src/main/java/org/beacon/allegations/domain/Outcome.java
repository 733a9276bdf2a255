package org.beacon.allegations.domain;

import java.util.Arrays;
import java.util.Optional;

/** The outcome of an allegation, with the definitions of KCSIE Part 4. */
public enum Outcome {
  /** There is sufficient evidence to prove the allegation. */
  SUBSTANTIATED("substantiated"),
  /** There is insufficient evidence either to prove or disprove the allegation. */
  UNSUBSTANTIATED("unsubstantiated"),
  /** There is no evidence or proper basis which supports the allegation being made. */
  UNFOUNDED("unfounded"),
  /** There is sufficient evidence to disprove the allegation. */
  FALSE("false"),
  /** There is sufficient evidence to disprove the allegation and a deliberate act to deceive. */
  MALICIOUS("malicious");

  private final String id;

  Outcome(String id) {
    this.id = id;
  }

  /** The value of the model's form field. */
  public String id() {
    return id;
  }

  public static Optional<Outcome> fromId(String id) {
    return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
  }
}
