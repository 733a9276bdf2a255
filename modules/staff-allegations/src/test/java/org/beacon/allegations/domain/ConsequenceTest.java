package org.beacon.allegations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsequenceTest {

  @ParameterizedTest(name = "{0} and {1}: {2}")
  @CsvSource({
    "SUBSTANTIATED, DISMISSED, REFER_TO_DBS",
    "SUBSTANTIATED, RESIGNED, REFER_TO_DBS",
    "SUBSTANTIATED, SERVICES_CEASED, REFER_TO_DBS",
    "SUBSTANTIATED, REMAINS_IN_POST, RETAIN_RECORD",
    "UNSUBSTANTIATED, DISMISSED, RETAIN_RECORD",
    "UNSUBSTANTIATED, REMAINS_IN_POST, RETAIN_RECORD",
    "UNFOUNDED, RESIGNED, RETAIN_RECORD",
    "FALSE, REMAINS_IN_POST, REMOVE_FROM_RECORD",
    "FALSE, RESIGNED, REMOVE_FROM_RECORD",
    "MALICIOUS, REMAINS_IN_POST, REMOVE_FROM_RECORD"
  })
  void anOutcomeLeadsToItsConsequence(
      Outcome outcome, EmploymentOutcome employment, Consequence expected) {
    assertThat(Consequence.of(outcome, employment)).isEqualTo(expected);
  }
}
