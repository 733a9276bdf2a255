package org.beacon.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoCasesSettingTest {

  @Test
  void aDemoSchoolHasItsCasesUnlessTheyAreTurnedOff() {
    assertThat(BeaconSettings.demoCases(true, Optional.empty())).isTrue();
    assertThat(BeaconSettings.demoCases(true, Optional.of("true"))).isTrue();
    assertThat(BeaconSettings.demoCases(true, Optional.of("false"))).isFalse();
  }

  @Test
  void aRealSchoolNeverGetsDemoCasesWhateverTheSettingSays() {
    assertThat(BeaconSettings.demoCases(false, Optional.empty())).isFalse();
    assertThat(BeaconSettings.demoCases(false, Optional.of("true"))).isFalse();
  }
}
