package org.beacon.platform.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.beacon.platform.api.Role;

/**
 * Changes that would leave Beacon without anyone to administer it: disabling the last enabled
 * administrator or taking their role, and an administrator removing their own role or disabling
 * themselves (someone else must).
 */
public final class AdminRules {

  /** Enabled or not, and the roles, of a person before or after a change. */
  public record State(boolean enabled, Set<Role> roles) {
    boolean enabledAdmin() {
      return enabled && roles.contains(Role.ADMIN);
    }
  }

  private AdminRules() {}

  /**
   * @param otherEnabledAdmins enabled administrators other than the target after the change
   * @return the problems by field name; empty when the change may go ahead
   */
  public static Map<String, String> check(
      String caller, String target, State before, State after, long otherEnabledAdmins) {
    Map<String, String> problems = new LinkedHashMap<>();
    boolean self = caller.equals(target);
    if (self && before.roles().contains(Role.ADMIN) && !after.roles().contains(Role.ADMIN)) {
      problems.put(
          "roles",
          "cannot lose admin: nobody removes their own admin role (another administrator may)");
    }
    if (self && before.enabled() && !after.enabled()) {
      problems.put(
          "enabled", "cannot be false: nobody disables themselves (another administrator may)");
    }
    if (problems.isEmpty()
        && before.enabledAdmin()
        && !after.enabledAdmin()
        && otherEnabledAdmins == 0) {
      problems.put(
          after.enabled() ? "roles" : "enabled",
          "would leave Beacon without an enabled administrator: make someone else an administrator first");
    }
    return problems;
  }
}
