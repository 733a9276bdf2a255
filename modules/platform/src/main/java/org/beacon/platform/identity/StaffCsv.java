package org.beacon.platform.identity;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A school's staff export: UTF-8 CSV (a byte order mark is fine) with a header row naming the
 * columns {@code username}, {@code displayName}, {@code roles} and, if the file has them,
 * {@code email} and {@code aliases}. Roles and aliases are separated by {@code ;}. Header names
 * ignore case, spaces and punctuation ("Display name" is {@code displayName}).
 */
public final class StaffCsv {

  /**
   * One row as written.
   *
   * @param line the line of the file it starts on
   * @param email null when the file has no email column (left as it is)
   * @param aliases null when the file has no aliases column (left as they are)
   */
  public record Row(long line, String username, String displayName, String email, List<String> roles, List<String> aliases) {}

  /** The file cannot be read; {@code problems} names each line (or the header) and what is wrong. */
  public static final class Unreadable extends RuntimeException {
    private final Map<String, String> problems;

    Unreadable(Map<String, String> problems) {
      super("The file has " + problems.size() + " problem(s); nothing of it was applied", null, false, false);
      this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
      return problems;
    }
  }

  private static final List<String> REQUIRED = List.of("username", "displayname", "roles");
  private static final List<String> KNOWN = List.of("username", "displayname", "email", "roles", "aliases");

  private StaffCsv() {}

  public static List<Row> parse(byte[] bytes) {
    String text = utf8(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
    Map<String, String> problems = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        throw new Unreadable(Map.of("header", "is missing: the first line names the columns " + String.join(",", KNOWN)));
      }
      CSVRecord header = records.next();
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        if (KNOWN.contains(name)) {
          columns.putIfAbsent(name, i);
        }
      }
      List<String> absent = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
      if (!absent.isEmpty()) {
        throw new Unreadable(
            Map.of("header", "has no column " + String.join(", ", absent) + " (the first line names the columns " + String.join(",", KNOWN) + ")"));
      }
      long previousEnd = parser.getCurrentLineNumber();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          // A quote that is never closed: say where it starts, without the parser's own words.
          problems.put("line " + (previousEnd + 1), "is not valid CSV: a quoted value is not closed");
          break;
        }
        long end = parser.getCurrentLineNumber();
        // Blank lines are skipped, so a record starts on the line its own line breaks end, counted back.
        long line = Math.max(previousEnd + 1, end - lineBreaksIn(record));
        previousEnd = end;
        if (record.size() != header.size()) {
          problems.put("line " + line, "has " + record.size() + " column(s) where the header has " + header.size());
          continue;
        }
        rows.add(
            new Row(
                line,
                record.get(columns.get("username")),
                record.get(columns.get("displayname")),
                columns.containsKey("email") ? record.get(columns.get("email")) : null,
                list(record.get(columns.get("roles"))),
                columns.containsKey("aliases") ? list(record.get(columns.get("aliases"))) : null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      throw new Unreadable(problems);
    }
    return rows;
  }

  private static long lineBreaksIn(CSVRecord record) {
    long breaks = 0;
    for (String value : record) {
      breaks += value.chars().filter(c -> c == '\n').count();
    }
    return breaks;
  }

  /** {@code "dsl; head"} is [dsl, head]; an empty cell is none. */
  static List<String> list(String cell) {
    return Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable(Map.of("file", "is not UTF-8 text: save the export as \"CSV UTF-8\""));
    }
  }
}
