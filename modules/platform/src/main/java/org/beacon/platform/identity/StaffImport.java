package org.beacon.platform.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beacon.platform.api.Role;
import org.beacon.platform.csv.CsvFile;

/**
 * What importing a staff file would do to the directory: who is added, who changes (and in which
 * fields), who is left alone, and who is in the directory but not in the file (reported, never
 * removed). A file with any bad row plans nothing. The same file planned against the directory it
 * produced changes nothing.
 */
public final class StaffImport {

  /**
   * One person who changes.
   *
   * @param before as they are
   * @param after as the file says, with the email and aliases kept where the file has no such
   *     column
   * @param fields the names of the fields that differ
   */
  public record Change(UserView before, UserDetails after, List<String> fields) {}

  /** The plan; {@code missing} are enabled people the file does not name. */
  public record Plan(
      List<UserDetails> added,
      List<Change> changed,
      List<String> unchanged,
      List<String> missing) {}

  private StaffImport() {}

  /**
   * @throws CsvFile.Unreadable naming the line of each bad row
   */
  public static Plan plan(List<StaffCsv.Row> rows, List<UserView> directory, String caller) {
    Map<String, UserView> existing =
        directory.stream().collect(Collectors.toMap(UserView::username, Function.identity()));
    Map<String, String> problems = new LinkedHashMap<>();
    Map<String, Long> lineOf = new LinkedHashMap<>();
    List<UserDetails> wanted = new ArrayList<>();
    for (StaffCsv.Row row : rows) {
      UserView before = existing.get(row.username().trim());
      String email = row.email() != null ? row.email() : before == null ? null : before.email();
      List<String> aliases =
          row.aliases() != null ? row.aliases() : before == null ? List.of() : before.aliases();
      UserDetails.Checked checked =
          UserDetails.check(row.username(), row.displayName(), email, row.roles(), aliases);
      String at = "line " + row.line();
      if (!checked.ok()) {
        problems.put(at, describe(checked.problems()));
        continue;
      }
      UserDetails details = checked.details();
      Long earlier = lineOf.putIfAbsent(details.username(), row.line());
      if (earlier != null) {
        problems.put(at, "username '" + details.username() + "' is already on line " + earlier);
        continue;
      }
      wanted.add(details);
    }

    // Names are checked against the directory as it would be after the import.
    Map<String, NameClashes.Other> after = new LinkedHashMap<>();
    directory.forEach(
        u -> after.put(u.username(), new NameClashes.Other(u.username(), u.aliases())));
    wanted.forEach(d -> after.put(d.username(), new NameClashes.Other(d.username(), d.aliases())));
    for (UserDetails d : wanted) {
      Map<String, String> clashes =
          NameClashes.of(d.username(), d.aliases(), List.copyOf(after.values()));
      if (!clashes.isEmpty()) {
        problems.merge(
            "line " + lineOf.get(d.username()), describe(clashes), (a, b) -> a + "; " + b);
      }
    }

    List<UserDetails> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (UserDetails d : wanted) {
      UserView before = existing.get(d.username());
      if (before == null) {
        added.add(d);
        continue;
      }
      List<String> fields = differences(before, d);
      if (fields.isEmpty()) {
        unchanged.add(d.username());
      } else {
        changed.add(new Change(before, d, fields));
      }
    }

    // Nobody may be left to administer nothing: the rules of one change, over the whole file.
    Set<String> adminsAfter = new HashSet<>();
    for (UserView u : directory) {
      if (u.enabled() && u.roleSet().contains(Role.ADMIN)) {
        adminsAfter.add(u.username());
      }
    }
    for (Change c : changed) {
      if (c.after().roles().contains(Role.ADMIN) && c.before().enabled()) {
        adminsAfter.add(c.after().username());
      } else {
        adminsAfter.remove(c.after().username());
      }
    }
    for (Change c : changed) {
      long others = adminsAfter.stream().filter(u -> !u.equals(c.after().username())).count();
      Map<String, String> refused =
          AdminRules.check(
              caller,
              c.after().username(),
              c.before().state(),
              new AdminRules.State(c.before().enabled(), c.after().roles()),
              others);
      if (!refused.isEmpty()) {
        problems.merge(
            "line " + lineOf.get(c.after().username()), describe(refused), (a, b) -> a + "; " + b);
      }
    }

    if (!problems.isEmpty()) {
      throw new CsvFile.Unreadable(problems);
    }
    Set<String> named = lineOf.keySet();
    List<String> missing =
        directory.stream()
            .filter(UserView::enabled)
            .map(UserView::username)
            .filter(u -> !named.contains(u))
            .sorted()
            .toList();
    return new Plan(added, changed, unchanged, missing);
  }

  static List<String> differences(UserView before, UserDetails after) {
    List<String> fields = new ArrayList<>();
    if (!before.displayName().equals(after.displayName())) {
      fields.add("displayName");
    }
    if (!Objects.equals(before.email(), after.email())) {
      fields.add("email");
    }
    if (!before.roleSet().equals(after.roles())) {
      fields.add("roles");
    }
    if (!new HashSet<>(before.aliases()).equals(new HashSet<>(after.aliases()))) {
      fields.add("aliases");
    }
    return fields;
  }

  /** {@code roles: holds teacher, not a Beacon role; email: is not an e-mail address}. */
  private static String describe(Map<String, String> problems) {
    return problems.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
