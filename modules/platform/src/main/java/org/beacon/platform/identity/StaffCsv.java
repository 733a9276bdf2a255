package org.beacon.platform.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.beacon.platform.csv.CsvFile;

/**
 * A school's staff export: UTF-8 CSV (a byte order mark is fine) with a header row naming the
 * columns {@code username}, {@code displayName}, {@code roles} and, if the file has them, {@code
 * email} and {@code aliases}. Roles and aliases are separated by {@code ;}. Header names ignore
 * case, spaces and punctuation ("Display name" is {@code displayName}).
 */
public final class StaffCsv {

  /**
   * One row as written.
   *
   * @param line the line of the file it starts on
   * @param email null when the file has no email column (left as it is)
   * @param aliases null when the file has no aliases column (left as they are)
   */
  public record Row(
      long line,
      String username,
      String displayName,
      String email,
      List<String> roles,
      List<String> aliases) {}

  private static final List<String> REQUIRED = List.of("username", "displayname", "roles");
  private static final List<String> KNOWN =
      List.of("username", "displayname", "email", "roles", "aliases");

  private StaffCsv() {}

  /**
   * @throws CsvFile.Unreadable naming the header or the line of each bad row
   */
  public static List<Row> parse(byte[] bytes) {
    return CsvFile.read(bytes, KNOWN, REQUIRED, Map.of(), Map.of()).stream()
        .map(
            r ->
                new Row(
                    r.line(),
                    r.get("username"),
                    r.get("displayname"),
                    r.get("email"),
                    list(r.get("roles")),
                    r.has("aliases") ? list(r.get("aliases")) : null))
        .toList();
  }

  /** {@code "dsl; head"} is [dsl, head]; an empty cell is none. */
  static List<String> list(String cell) {
    return Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
