package org.beacon.platform.api;

import java.util.List;
import java.util.Optional;

/**
 * Beacon's directory of people, as modules see it: who has an account, with which roles, and who a
 * name typed into a case may mean. Disabled accounts are left out of every answer.
 */
public interface People {

  /** The enabled person with this username. */
  Optional<Person> byUsername(String username);

  /** Whether an enabled account with this username exists. */
  default boolean exists(String username) {
    return byUsername(username).isPresent();
  }

  /**
   * Who a username, name or alias may mean: case-, accent- and whitespace-insensitive; aliases
   * cover network accounts such as {@code SCHOOL\dlead} or {@code dlead@school.org}.
   */
  NameMatch resolve(String usernameOrName);

  /** Everyone enabled who holds the role. */
  List<Person> holding(Role role);

  /**
   * People whose username, name or alias contains the text: what a "name a member of staff" field
   * offers.
   */
  List<Person> search(String text, int max);
}
