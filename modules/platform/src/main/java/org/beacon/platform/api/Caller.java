package org.beacon.platform.api;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in person making the current request.
 *
 * @param username their username, also the engine's assignee id
 * @param roles the roles they hold
 */
public record Caller(String username, Set<Role> roles) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The role ids, as the engine's candidate groups. */
  public Set<String> groups() {
    return roles.stream().map(Role::id).collect(Collectors.toUnmodifiableSet());
  }
}
