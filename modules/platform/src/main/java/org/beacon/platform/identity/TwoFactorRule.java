package org.beacon.platform.identity;

import java.util.EnumSet;
import java.util.Set;
import org.beacon.platform.api.Role;

/**
 * Who must sign in with a second factor: anyone holding a role that sees the most sensitive cases
 * or runs Beacon (dsl, head, chair, admin), when the setting asks for it ({@code
 * BEACON_2FA_REQUIRED}, on by default outside demo mode). Anyone else may enrol of their own
 * accord.
 */
final class TwoFactorRule {

  static final Set<Role> ROLES = EnumSet.of(Role.DSL, Role.HEAD, Role.CHAIR, Role.ADMIN);

  private TwoFactorRule() {}

  static boolean required(Set<Role> roles, boolean settingOn) {
    return settingOn && roles.stream().anyMatch(ROLES::contains);
  }

  /** With today's settings. */
  static boolean required(Set<Role> roles) {
    return required(roles, org.beacon.platform.config.BeaconSettings.current().twoFactorRequired());
  }
}
