package org.beacon.platform.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A name two people would answer to: an alias another person has, or another person's username.
 * Refused, since it would make every case naming it ambiguous.
 */
public final class NameClashes {

  /** Someone else in the directory: their username and aliases. */
  public record Other(String username, List<String> aliases) {}

  private NameClashes() {}

  /** The problems, by field name, of giving this person these names beside the others. */
  public static Map<String, String> of(String username, List<String> aliases, List<Other> others) {
    Map<String, String> taken = new LinkedHashMap<>();
    for (Other other : others) {
      if (other.username().equals(username)) {
        continue;
      }
      taken.putIfAbsent(PersonNames.normalise(other.username()), other.username());
      for (String alias : other.aliases()) {
        taken.putIfAbsent(PersonNames.normalise(alias), other.username());
      }
    }
    Map<String, String> problems = new LinkedHashMap<>();
    String byUsername = taken.get(PersonNames.normalise(username));
    if (byUsername != null && !byUsername.equals(username)) {
      problems.put("username", "'" + username + "' is already a name of " + byUsername);
    }
    for (int i = 0; i < aliases.size(); i++) {
      String holder = taken.get(PersonNames.normalise(aliases.get(i)));
      if (holder != null) {
        problems.put(
            "aliases[" + i + "]", "'" + aliases.get(i) + "' is already a name of " + holder);
      }
    }
    return problems;
  }
}
