package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.beacon.platform.api.Role;
import org.junit.jupiter.api.Test;

class TwoFactorRuleTest {

  @Test
  void requiredForDslHeadChairAndAdminWhenTheSettingIsOn() {
    for (Role role : EnumSet.of(Role.DSL, Role.HEAD, Role.CHAIR, Role.ADMIN)) {
      assertThat(TwoFactorRule.required(Set.of(role), true)).as(role.id()).isTrue();
    }
    assertThat(TwoFactorRule.required(Set.of(Role.STAFF, Role.DSL), true)).isTrue();
  }

  @Test
  void notRequiredForOtherRolesOrWhenTheSettingIsOff() {
    for (Role role : EnumSet.of(Role.STAFF, Role.TECHNICAL, Role.GOVERNOR)) {
      assertThat(TwoFactorRule.required(Set.of(role), true)).as(role.id()).isFalse();
    }
    assertThat(TwoFactorRule.required(Set.of(), true)).isFalse();
    assertThat(TwoFactorRule.required(Set.of(Role.ADMIN), false)).isFalse();
  }
}
