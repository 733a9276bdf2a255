package org.beacon.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TwoFactorSettingTest {

  @Test
  void requiredByDefaultOutsideDemoMode() {
    assertThat(BeaconSettings.twoFactorRequired(Optional.empty(), false)).isTrue();
  }

  @Test
  void demoModeKeepsPasswordOnlySignInUnlessTheSettingIsGiven() {
    assertThat(BeaconSettings.twoFactorRequired(Optional.empty(), true)).isFalse();
    assertThat(BeaconSettings.twoFactorRequired(Optional.of("true"), true)).isTrue();
  }

  @Test
  void aSchoolMayTurnItOffExplicitly() {
    assertThat(BeaconSettings.twoFactorRequired(Optional.of("false"), false)).isFalse();
  }
}
