package org.beacon.allegations.domain;

import jakarta.persistence.Embeddable;

/** The stored form of a {@link HarmThreshold} assessment. */
@Embeddable
public class ThresholdAssessment {

  private boolean harmedChild;
  private boolean possibleOffence;
  private boolean riskOfHarm;
  private boolean unsuitable;

  protected ThresholdAssessment() {}

  static ThresholdAssessment of(HarmThreshold threshold) {
    ThresholdAssessment stored = new ThresholdAssessment();
    stored.harmedChild = threshold.harmedChild();
    stored.possibleOffence = threshold.possibleOffence();
    stored.riskOfHarm = threshold.riskOfHarm();
    stored.unsuitable = threshold.unsuitable();
    return stored;
  }

  HarmThreshold toHarmThreshold() {
    return new HarmThreshold(harmedChild, possibleOffence, riskOfHarm, unsuitable);
  }
}
