package org.beacon.platform.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beacon.platform.api.Role;

/**
 * What an administrator says about a person: who they are and what they may do. {@link #check}
 * turns raw input (a JSON body, a CSV row) into details or names what is wrong with each field.
 *
 * @param username how they sign in and how cases and tasks name them; never changes
 * @param displayName their plain personal name
 * @param email their e-mail address, or null
 * @param roles what they do in the school
 * @param aliases other names they are known by, trimmed, none twice
 */
public record UserDetails(
    String username, String displayName, String email, Set<Role> roles, List<String> aliases) {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Words of the API's own addresses: {@code /api/users/me}, {@code /api/users/import}. */
  static final Set<String> RESERVED = Set.of("me", "import");

  static final int MAX_ALIAS = 200;

  public UserDetails {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    aliases = List.copyOf(aliases);
  }

  /** Details, or the problems by field name (never both). */
  public record Checked(UserDetails details, Map<String, String> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Checks every field; {@code email} and {@code aliases} may be null (none). */
  public static Checked check(
      String username,
      String displayName,
      String email,
      List<String> roleIds,
      List<String> aliases) {
    Map<String, String> problems = new LinkedHashMap<>();
    String user = username == null ? "" : username.trim();
    usernameProblem(user).ifPresent(p -> problems.put("username", p));
    String name = displayName == null ? "" : displayName.trim();
    if (name.isEmpty()) {
      problems.put("displayName", "is required");
    } else if (name.length() > 200) {
      problems.put("displayName", "is longer than 200 characters");
    }
    String mail = email == null || email.isBlank() ? null : email.trim();
    if (mail != null && (mail.length() > 254 || !EMAIL.matcher(mail).matches())) {
      problems.put("email", "is not an e-mail address");
    }
    Set<Role> roles = roles(roleIds, problems);
    List<String> cleanAliases = aliases(aliases == null ? List.of() : aliases, problems);
    if (!problems.isEmpty()) {
      return new Checked(null, problems);
    }
    return new Checked(new UserDetails(user, name, mail, roles, cleanAliases), Map.of());
  }

  static Optional<String> usernameProblem(String username) {
    if (username.isEmpty()) {
      return Optional.of("is required");
    }
    if (!USERNAME.matcher(username).matches()) {
      return Optional.of(
          "may hold only lower-case letters, digits and . _ @ - (at most 100), starting with a letter or digit");
    }
    if (RESERVED.contains(username)) {
      return Optional.of("'" + username + "' is a word Beacon keeps for itself");
    }
    return Optional.empty();
  }

  private static Set<Role> roles(List<String> ids, Map<String, String> problems) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    List<String> unknown = new ArrayList<>();
    for (String id : ids == null ? List.<String>of() : ids) {
      String trimmed = id == null ? "" : id.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      Role.fromId(trimmed).ifPresentOrElse(roles::add, () -> unknown.add(trimmed));
    }
    if (!unknown.isEmpty()) {
      problems.put(
          "roles",
          "holds "
              + String.join(", ", unknown)
              + ", not a Beacon role ("
              + Arrays.stream(Role.values()).map(Role::id).collect(Collectors.joining(", "))
              + ")");
    } else if (roles.isEmpty()) {
      problems.put("roles", "needs at least one role");
    }
    return roles;
  }

  /**
   * Trimmed aliases; a blank, over-long or repeated one (ignoring case, accents and spacing) is a
   * problem.
   */
  static List<String> aliases(List<String> given, Map<String, String> problems) {
    List<String> clean = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String alias = given.get(i) == null ? "" : given.get(i).trim();
      String field = "aliases[" + i + "]";
      if (alias.isEmpty()) {
        problems.put(field, "is empty");
      } else if (alias.length() > MAX_ALIAS) {
        problems.put(field, "is longer than " + MAX_ALIAS + " characters");
      } else if (!seen.add(PersonNames.normalise(alias))) {
        problems.put(field, "'" + alias + "' is given twice");
      } else {
        clean.add(alias);
      }
    }
    return clean;
  }

  /** The role ids, sorted, as JSON and CSV give them. */
  public List<String> roleIds() {
    return roles.stream().map(Role::id).sorted().toList();
  }
}
