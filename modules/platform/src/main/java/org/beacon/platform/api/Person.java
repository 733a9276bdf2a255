package org.beacon.platform.api;

import java.util.Set;

/**
 * Someone in Beacon's directory: a member of staff, governor or administrator with an account.
 * Cases name people; need to know compares people by {@link #id()}, never by what a reporter typed.
 *
 * @param id the directory's id of the person, stable for ever
 * @param username their username, also the engine's assignee id
 * @param displayName their name as the school writes it, e.g. "Dana Lead"
 * @param roles the roles they hold
 */
public record Person(long id, String username, String displayName, Set<Role> roles) {

  public Person {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** This person making a request, for the access rules. */
  public Caller asCaller() {
    return new Caller(username, roles);
  }
}
