package org.beacon.platform.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.beacon.platform.api.Role;

/**
 * A person as the directory's screens show them; never the password or its hash.
 *
 * @param username how they sign in
 * @param displayName their plain personal name
 * @param email their e-mail address, if known
 * @param roles role ids, sorted
 * @param aliases other names they are known by
 * @param enabled false for someone who has left: they cannot sign in
 * @param mustChangePassword true until they choose a password of their own
 * @param createdAt when they were added
 */
public record UserView(
    String username,
    String displayName,
    String email,
    List<String> roles,
    List<String> aliases,
    boolean enabled,
    boolean mustChangePassword,
    Instant createdAt) {

  public UserView {
    roles = List.copyOf(roles);
    aliases = List.copyOf(aliases);
  }

  static UserView of(BeaconUser user, List<String> aliases) {
    return new UserView(
        user.username(),
        user.displayName(),
        user.email(),
        user.roles().stream().map(Role::id).sorted().toList(),
        aliases,
        user.enabled(),
        user.mustChangePassword(),
        user.createdAt());
  }

  Set<Role> roleSet() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    roles.forEach(id -> Role.fromId(id).ifPresent(set::add));
    return set;
  }

  AdminRules.State state() {
    return new AdminRules.State(enabled, roleSet());
  }
}
