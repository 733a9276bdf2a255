package org.beacon.platform.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A file a school exports from its MIS or spreadsheet, as Beacon's imports read it: UTF-8 CSV (a
 * byte order mark is fine) with a header row naming the columns. Header names ignore case, spaces
 * and punctuation ("Display name" is {@code displayname}). Every row keeps the line of the file it
 * starts on, so a problem can be named where the school will find it. One reader for the staff file
 * and the pupil register, so both count lines and refuse files the same way.
 */
public final class CsvFile {

  /**
   * One row as written.
   *
   * @param line the line of the file it starts on
   * @param values the trimmed value of each known column the header names, by column
   */
  public record Row(long line, Map<String, String> values) {

    /** The value of a column, or null when the header has no such column. */
    public String get(String column) {
      return values.get(column);
    }

    public boolean has(String column) {
      return values.containsKey(column);
    }
  }

  /**
   * The file cannot be used; {@code problems} names each line (or the header, or the file) and what
   * is wrong.
   */
  public static final class Unreadable extends RuntimeException {
    private final Map<String, String> problems;

    public Unreadable(Map<String, String> problems) {
      super(
          "The file has " + problems.size() + " problem(s); nothing of it was applied",
          null,
          false,
          false);
      this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
      return problems;
    }
  }

  private CsvFile() {}

  /** A header name as compared: letters only, lower case. */
  public static String columnName(String header) {
    return header.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Reads the rows of a file.
   *
   * @param known the columns Beacon reads, as {@link #columnName} gives them, in the order a header
   *     should name them
   * @param required those of {@code known} the header must name
   * @param synonyms other header names for a known column (e.g. {@code upn} for {@code reference})
   * @param refused header names a file must not have, with the reason (e.g. a pupil's name)
   * @throws Unreadable when the file is not UTF-8, has no usable header, or a row is not valid CSV
   */
  public static List<Row> read(
      byte[] bytes,
      List<String> known,
      List<String> required,
      Map<String, String> synonyms,
      Map<String, String> refused) {
    String text = utf8(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
    Map<String, String> problems = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        throw new Unreadable(
            Map.of(
                "header",
                "is missing: the first line names the columns " + String.join(",", known)));
      }
      CSVRecord header = records.next();
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String name = columnName(header.get(i));
        name = synonyms.getOrDefault(name, name);
        if (refused.containsKey(name)) {
          problems.put("header", "has a column '" + header.get(i) + "': " + refused.get(name));
        }
        if (known.contains(name)) {
          columns.putIfAbsent(name, i);
        }
      }
      if (!problems.isEmpty()) {
        throw new Unreadable(problems);
      }
      List<String> absent = required.stream().filter(c -> !columns.containsKey(c)).toList();
      if (!absent.isEmpty()) {
        throw new Unreadable(
            Map.of(
                "header",
                "has no column "
                    + String.join(", ", absent)
                    + " (the first line names the columns "
                    + String.join(",", known)
                    + ")"));
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
          problems.put(
              "line " + (previousEnd + 1), "is not valid CSV: a quoted value is not closed");
          break;
        }
        long end = parser.getCurrentLineNumber();
        // Blank lines are skipped, so a record starts on the line its own line breaks end, counted
        // back.
        long line = Math.max(previousEnd + 1, end - lineBreaksIn(record));
        previousEnd = end;
        if (record.size() != header.size()) {
          problems.put(
              "line " + line,
              "has " + record.size() + " column(s) where the header has " + header.size());
          continue;
        }
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
          values.put(column.getKey(), record.get(column.getValue()));
        }
        rows.add(new Row(line, values));
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
