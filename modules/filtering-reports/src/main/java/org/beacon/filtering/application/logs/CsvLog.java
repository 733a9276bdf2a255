package org.beacon.filtering.application.logs;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beacon.filtering.domain.WebAddress;

/**
 * A filter log exported as CSV with the header {@code timestamp,user,ip,url,action,category} (the
 * columns in any order). Timestamps are ISO date-times (without an offset they are school time) or
 * seconds since 1970; the action is {@code allowed} or {@code blocked} (also allow, pass, block,
 * denied, deny). Fields may be quoted, with {@code ""} for a quote inside.
 */
public final class CsvLog implements LogFormat {

  static final List<String> COLUMNS =
      List.of("timestamp", "user", "ip", "url", "action", "category");

  private final int[] position = new int[COLUMNS.size()];
  private final int width;
  private final ZoneId zone;

  private CsvLog(List<String> header, ZoneId zone) {
    for (int i = 0; i < COLUMNS.size(); i++) {
      position[i] = header.indexOf(COLUMNS.get(i));
    }
    this.width = header.size();
    this.zone = zone;
  }

  /** The format this header line announces, if it is the header of a Beacon filter CSV. */
  public static Optional<CsvLog> fromHeader(String line, ZoneId zone) {
    List<String> header;
    try {
      header = fields(line).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    } catch (MalformedLine e) {
      return Optional.empty();
    }
    return header.containsAll(COLUMNS) && header.size() == COLUMNS.size()
        ? Optional.of(new CsvLog(header, zone))
        : Optional.empty();
  }

  /** Whether the line looks like an attempt at the header, e.g. with a column misspelt. */
  public static boolean looksLikeHeader(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.startsWith("timestamp,") || lower.startsWith("\"timestamp\",");
  }

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public LogRecord parse(long lineNumber, String line) throws MalformedLine {
    List<String> f = fields(line);
    if (f.size() != width) {
      throw new MalformedLine("has " + f.size() + " fields; the header has " + width);
    }
    Instant at = timestamp(get(f, 0));
    String user = get(f, 1);
    String ip = get(f, 2);
    String url = get(f, 3);
    boolean blocked = action(get(f, 4));
    String category = get(f, 5);
    if (url.isEmpty()) {
      throw new MalformedLine("has no url");
    }
    String host = WebAddress.host(url);
    if (host == null) {
      throw new MalformedLine("'" + url + "' is not an address");
    }
    if (user.isEmpty() && ip.isEmpty()) {
      throw new MalformedLine("has neither a user nor an ip");
    }
    return new LogRecord(
        lineNumber,
        at,
        (user.isEmpty() ? ip : user).toLowerCase(Locale.ROOT),
        ip.isEmpty() ? null : ip,
        url,
        host,
        blocked,
        category.isEmpty() ? null : category.toLowerCase(Locale.ROOT),
        line);
  }

  private String get(List<String> fields, int column) {
    return fields.get(position[column]).trim();
  }

  private Instant timestamp(String text) throws MalformedLine {
    if (text.isEmpty()) {
      throw new MalformedLine("has no timestamp");
    }
    if (text.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')
        && text.indexOf('.') == text.lastIndexOf('.')) {
      int dot = text.indexOf('.');
      String seconds = dot < 0 ? text : text.substring(0, dot);
      String fraction = dot < 0 ? "" : text.substring(dot + 1);
      if (!seconds.isEmpty() && seconds.length() <= 12 && fraction.length() <= 9) {
        long nanos =
            fraction.isEmpty() ? 0 : Long.parseLong((fraction + "000000000").substring(0, 9));
        return Instant.ofEpochSecond(Long.parseLong(seconds), nanos);
      }
    }
    String iso =
        text.length() > 10 && text.charAt(10) == ' '
            ? text.substring(0, 10) + 'T' + text.substring(11)
            : text;
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(iso).atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        throw new MalformedLine(
            "timestamp '" + text + "' is not a date-time such as 2026-03-03T09:15:00Z");
      }
    }
  }

  private static boolean action(String text) throws MalformedLine {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "blocked", "block", "denied", "deny" -> true;
      case "allowed", "allow", "pass", "passed" -> false;
      default -> throw new MalformedLine("action '" + text + "' is neither allowed nor blocked");
    };
  }

  /** The fields of one CSV line; a quoted field may hold commas and doubled quotes. */
  static List<String> fields(String line) throws MalformedLine {
    List<String> fields = new ArrayList<>(COLUMNS.size());
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            throw new MalformedLine("has a quoted field that does not end");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < n && line.charAt(i) != ',') {
          throw new MalformedLine("has text after a quoted field");
        }
      } else {
        int comma = line.indexOf(',', i);
        int end = comma < 0 ? n : comma;
        field.append(line, i, end);
        i = end;
      }
      fields.add(field.toString());
      if (i >= n) {
        return fields;
      }
      i++; // the comma
      if (i == n) {
        fields.add("");
        return fields;
      }
    }
  }

  @Override
  public String toString() {
    return "csv " + Arrays.toString(position);
  }
}
