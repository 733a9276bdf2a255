package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.beacon.platform.api.Role;
import org.junit.jupiter.api.Test;

class AdminRulesTest {

  private static final AdminRules.State ADMIN = new AdminRules.State(true, EnumSet.of(Role.ADMIN));
  private static final AdminRules.State DISABLED_ADMIN =
      new AdminRules.State(false, EnumSet.of(Role.ADMIN));
  private static final AdminRules.State STAFF = new AdminRules.State(true, EnumSet.of(Role.STAFF));

  @Test
  void theLastEnabledAdministratorCannotBeDisabled() {
    assertThat(AdminRules.check("admin", "other", ADMIN, DISABLED_ADMIN, 0)).containsKey("enabled");
    assertThat(AdminRules.check("admin", "other", ADMIN, DISABLED_ADMIN, 1)).isEmpty();
  }

  @Test
  void theLastEnabledAdministratorKeepsTheRole() {
    assertThat(AdminRules.check("admin", "other", ADMIN, STAFF, 0)).containsKey("roles");
  }

  @Test
  void nobodyRemovesTheirOwnAdminRoleOrDisablesThemselves() {
    assertThat(AdminRules.check("admin", "admin", ADMIN, STAFF, 3)).containsKey("roles");
    assertThat(AdminRules.check("admin", "admin", ADMIN, DISABLED_ADMIN, 3)).containsKey("enabled");
  }

  @Test
  void otherChangesGoAhead() {
    assertThat(
            AdminRules.check(
                "admin", "staff", STAFF, new AdminRules.State(false, EnumSet.of(Role.STAFF)), 0))
        .isEmpty();
    assertThat(
            AdminRules.check(
                "admin",
                "admin",
                ADMIN,
                new AdminRules.State(true, EnumSet.of(Role.ADMIN, Role.DSL)),
                0))
        .isEmpty();
  }
}
