package org.beacon.filtering.application.logs;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * A squid access.log of a large school, made up as it is read: nothing of it is held but the line
 * being handed out. Every 97th line is blocked for the user {@code u0007} (who so reaches any
 * threshold each day), every 1000th line is an allowed request to the watched {@code chat.example},
 * every 10,000th line is broken. The counts a scan must find are kept as the lines are made.
 */
final class GeneratedSquidLog extends InputStream {

  static final String WATCHED = "chat.example";
  private static final long START = Instant.parse("2026-03-02T07:00:00Z").getEpochSecond();
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final long size;
  private long produced;
  private long line;
  private byte[] current = new byte[0];
  private int position;

  long lines;
  long malformed;
  long watched;

  /** Blocked requests by u0007 per school day. */
  final Map<LocalDate, Long> blockedByDay = new HashMap<>();

  /**
   * @param size roughly how many bytes to produce (the last line is finished)
   */
  GeneratedSquidLog(long size) {
    this.size = size;
  }

  @Override
  public int read() {
    if (position == current.length && !next()) {
      return -1;
    }
    return current[position++] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int written = 0;
    while (written < length) {
      if (position == current.length && !next()) {
        return written == 0 ? -1 : written;
      }
      int n = Math.min(length - written, current.length - position);
      System.arraycopy(current, position, into, offset + written, n);
      position += n;
      written += n;
    }
    return written;
  }

  private boolean next() {
    if (produced >= size) {
      return false;
    }
    line++;
    long millis = line * 280; // about 300,000 lines a day
    long seconds = START + millis / 1000;
    String text;
    if (line % 10_000 == 0) {
      text = "%d.%03d truncated by a log rotation".formatted(seconds, millis % 1000);
      malformed++;
    } else if (line % 97 == 0) {
      text = squid(seconds, millis, "u0007", "TCP_DENIED/403", "http://games.example/play/" + line);
      LocalDate day = Instant.ofEpochSecond(seconds).atZone(LONDON).toLocalDate();
      blockedByDay.merge(day, 1L, Long::sum);
    } else if (line % 1000 == 0) {
      text =
          squid(
              seconds,
              millis,
              "u%04d".formatted(line % 2000),
              "TCP_MISS/200",
              "https://www." + WATCHED + "/room/" + line);
      watched++;
    } else {
      text =
          squid(
              seconds,
              millis,
              "u%04d".formatted(line % 2000),
              "TCP_MISS/200",
              "https://www.bbc.co.uk/bitesize/topics/" + line);
    }
    lines++;
    current = (text + "\n").getBytes(StandardCharsets.UTF_8);
    position = 0;
    produced += current.length;
    return true;
  }

  private static String squid(long seconds, long millis, String user, String action, String url) {
    return "%d.%03d %6d 10.%d.%d.%d %s %d GET %s %s HIER_DIRECT/151.101.0.81 text/html"
        .formatted(
            seconds,
            millis % 1000,
            20 + millis % 900,
            (millis / 7) % 250,
            (millis / 11) % 250,
            (millis / 13) % 250,
            action,
            512 + millis % 40_000,
            url,
            user);
  }

  /** The lines a scan with this threshold must flag. */
  long flaggedWith(int threshold) {
    return watched
        + blockedByDay.values().stream()
            .filter(n -> n >= threshold)
            .mapToLong(Long::longValue)
            .sum();
  }
}
