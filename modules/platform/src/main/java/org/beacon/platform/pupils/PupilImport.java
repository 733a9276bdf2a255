package org.beacon.platform.pupils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.csv.CsvFile;

/**
 * What importing a register file would do to the pupil register: who is added, who changes (and in
 * which fields), who is left alone, and who is on roll in the register but not in the file
 * (reported, never removed: a pupil's history outlives their place in an export). A file with any
 * bad row plans nothing. The same file planned against the register it produced changes nothing.
 */
public final class PupilImport {

  /** Longest reference kept, as long as an incident report takes. */
  static final int MAX_REFERENCE = 50;

  /**
   * Letters and digits, with {@code - / . _} inside: UPNs ({@code A123456789012}) and admission
   * numbers ({@code 004512}, {@code 2019/045}). No spaces, so a name typed where a reference should
   * be is refused.
   */
  private static final Pattern REFERENCE =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9./_-]*[A-Za-z0-9])?");

  /**
   * One pupil who changes.
   *
   * @param before as they are
   * @param after as the file says, with the leaving date kept where the file has no such column
   * @param fields the names of the fields that differ
   */
  public record Change(Pupil before, Pupil after, List<String> fields) {}

  /** The plan; {@code missing} are pupils on roll that the file does not name. */
  public record Plan(
      List<Pupil> added, List<Change> changed, List<String> unchanged, List<String> missing) {}

  private PupilImport() {}

  /** The form a reference is compared in: the same pupil whatever the case or spaces around it. */
  public static String key(String reference) {
    return reference.trim().toUpperCase(Locale.ROOT);
  }

  /**
   * Plans a file against the register.
   *
   * @param today the school's date, to tell who is still on roll
   * @throws CsvFile.Unreadable naming the line of each bad row
   */
  public static Plan plan(List<PupilCsv.Row> rows, List<Pupil> register, LocalDate today) {
    Map<String, Pupil> existing =
        register.stream().collect(Collectors.toMap(p -> key(p.reference()), Function.identity()));
    Map<String, String> problems = new LinkedHashMap<>();
    Map<String, Long> lineOf = new LinkedHashMap<>();
    List<Pupil> wanted = new ArrayList<>();
    for (PupilCsv.Row row : rows) {
      String at = "line " + row.line();
      Map<String, String> wrong = new LinkedHashMap<>();
      String reference = row.reference().trim();
      if (reference.isEmpty()) {
        wrong.put("reference", "is missing");
      } else if (reference.length() > MAX_REFERENCE) {
        wrong.put("reference", "is longer than " + MAX_REFERENCE + " characters");
      } else if (!REFERENCE.matcher(reference).matches()) {
        wrong.put(
            "reference",
            "'"
                + reference
                + "' is not a pupil reference (letters, digits and - / . _ only, no spaces)");
      }
      Optional<String> yearGroup = YearGroup.canonical(row.yearGroup());
      if (yearGroup.isEmpty()) {
        wrong.put(
            "yearGroup",
            row.yearGroup().isBlank()
                ? "is missing"
                : "'"
                    + row.yearGroup()
                    + "' is not a year group (N, R, 1 to 13, or Nursery, Reception, Year 1 to Year 13)");
      }
      LocalDate born = date(row.dateOfBirth(), "dateOfBirth", true, wrong);
      if (born != null && born.isAfter(today)) {
        wrong.put("dateOfBirth", "is in the future");
      }
      Pupil before = existing.get(key(reference));
      LocalDate leaving =
          row.leavingDate() == null
              ? (before == null ? null : before.leavingDate())
              : date(row.leavingDate(), "leavingDate", false, wrong);
      if (born != null && leaving != null && leaving.isBefore(born)) {
        wrong.put("leavingDate", "is before the date of birth");
      }
      if (!wrong.isEmpty()) {
        problems.put(at, describe(wrong));
        continue;
      }
      Long earlier = lineOf.putIfAbsent(key(reference), row.line());
      if (earlier != null) {
        problems.put(at, "reference '" + reference + "' is already on line " + earlier);
        continue;
      }
      // A pupil already registered keeps the reference as first written; only the case may differ.
      wanted.add(
          new Pupil(
              before == null ? reference : before.reference(), yearGroup.get(), born, leaving));
    }
    if (!problems.isEmpty()) {
      throw new CsvFile.Unreadable(problems);
    }

    List<Pupil> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (Pupil after : wanted) {
      Pupil before = existing.get(key(after.reference()));
      if (before == null) {
        added.add(after);
        continue;
      }
      List<String> fields = differences(before, after);
      if (fields.isEmpty()) {
        unchanged.add(after.reference());
      } else {
        changed.add(new Change(before, after, fields));
      }
    }
    List<String> missing =
        register.stream()
            .filter(p -> !p.leftBy(today))
            .filter(p -> !lineOf.containsKey(key(p.reference())))
            .map(Pupil::reference)
            .sorted()
            .toList();
    return new Plan(added, changed, unchanged, missing);
  }

  static List<String> differences(Pupil before, Pupil after) {
    List<String> fields = new ArrayList<>();
    if (!before.yearGroup().equals(after.yearGroup())) {
      fields.add("yearGroup");
    }
    if (!before.dateOfBirth().equals(after.dateOfBirth())) {
      fields.add("dateOfBirth");
    }
    if (!Objects.equals(before.leavingDate(), after.leavingDate())) {
      fields.add("leavingDate");
    }
    return fields;
  }

  private static LocalDate date(
      String written, String field, boolean required, Map<String, String> wrong) {
    if (written.isBlank()) {
      if (required) {
        wrong.put(field, "is missing");
      }
      return null;
    }
    Optional<LocalDate> date = SchoolDate.parse(written);
    if (date.isEmpty()) {
      wrong.put(field, "'" + written + "' is not a date (2014-09-01 or 01/09/2014)");
      return null;
    }
    return date.get();
  }

  /** {@code reference is missing; dateOfBirth '31/02/2014' is not a date ...}. */
  private static String describe(Map<String, String> problems) {
    return problems.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
