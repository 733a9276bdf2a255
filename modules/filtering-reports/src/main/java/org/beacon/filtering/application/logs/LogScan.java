package org.beacon.filtering.application.logs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beacon.filtering.domain.FlagReason;

/**
 * Reads a filter log once, as a stream, and picks out what a DSL should look at: allowed requests
 * to watched domains or categories, and the blocked requests of a user who reached the threshold of
 * blocked requests in a day. Malformed lines are counted and described, never fatal.
 *
 * <p>Memory does not grow with the file: lines are read through {@link LineReader}'s fixed buffers
 * and handed to the {@link Sink} as they are flagged. What is kept per user and day is a counter,
 * the last few blocked requests (fewer than the threshold) and the fingerprints of at most {@code
 * maxStoredPerUserDay} kept lines; days two behind the newest seen are forgotten unless something
 * was flagged on them.
 */
public final class LogScan {

  /** Malformed lines described in the result; the rest are only counted. */
  public static final int MALFORMED_SHOWN = 20;

  private static final int EVICT_EVERY = 50_000;

  /**
   * @param watchedDomains domains whose allowed requests are flagged (with their subdomains)
   * @param watchedCategories categories whose allowed requests are flagged, lower case
   * @param blockedThreshold blocked requests by one user in one day that flag them all
   * @param maxStoredPerUserDay flagged lines kept per user and day; more are only counted
   * @param zone the school's time zone, which decides the day of a request
   */
  public record Settings(
      Set<String> watchedDomains,
      Set<String> watchedCategories,
      int blockedThreshold,
      int maxStoredPerUserDay,
      ZoneId zone) {

    public Settings {
      watchedDomains = Set.copyOf(watchedDomains);
      watchedCategories = Set.copyOf(watchedCategories);
      if (blockedThreshold < 1 || maxStoredPerUserDay < 1) {
        throw new IllegalArgumentException("threshold and lines kept must be at least 1");
      }
    }
  }

  /** A user on a school day: the unit a DSL reviews. */
  public record UserDay(String user, LocalDate day) {}

  /** Where flagged lines go. */
  public interface Sink {

    /**
     * The first line flagged for this user and day in this file.
     *
     * @return the fingerprints of lines already kept for them (by an earlier import)
     */
    Set<String> open(UserDay userDay);

    /** Keep this flagged line. */
    void keep(
        UserDay userDay, LogRecord record, FlagReason reason, String matched, String fingerprint);
  }

  /** Which format to expect. */
  public enum Expect {
    /** CSV when the first line is the CSV header, else squid. */
    EITHER,
    SQUID,
    CSV
  }

  /**
   * @param line the line's number
   * @param reason what is wrong with it
   */
  public record Problem(long line, String reason) {}

  /**
   * @param flagged distinct lines flagged
   * @param kept of which kept for the review
   */
  public record DayResult(long flagged, int kept) {}

  /**
   * What one pass over a log found.
   *
   * @param format squid or csv
   * @param sha256 the content hash of the whole file
   * @param bytes its size
   * @param linesRead non-blank lines, not counting a CSV header
   * @param malformed lines that are not requests in the format
   * @param firstMalformed the first {@link #MALFORMED_SHOWN} of them
   * @param flagged distinct lines flagged
   * @param duplicates flagged lines seen before for the same user and day (in this file or kept
   *     earlier), not kept again
   * @param days per user and day with something flagged
   */
  public record Result(
      String format,
      String sha256,
      long bytes,
      long linesRead,
      long malformed,
      List<Problem> firstMalformed,
      long flagged,
      long duplicates,
      Map<UserDay, DayResult> days) {}

  private static final class DayState {
    int blocked;
    ArrayDeque<LogRecord> recentBlocked;
    Set<String> fingerprints;
    long flagged;
    int kept;
  }

  private final Settings settings;
  private final Sink sink;
  private final Map<UserDay, DayState> days = new HashMap<>();
  private final Map<UserDay, DayState> flaggedDays = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final MessageDigest lineDigest;
  private long malformed;
  private long flagged;
  private long duplicates;
  private LocalDate newestDay;

  public LogScan(Settings settings, Sink sink) {
    this.settings = settings;
    this.sink = sink;
    try {
      this.lineDigest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Reads the whole stream (it does not close it).
   *
   * @throws UnreadableLog when the file as a whole is not a log Beacon reads
   */
  public Result scan(InputStream in, Expect expect) throws IOException {
    LineReader reader = new LineReader(in);
    LogFormat format = null;
    long linesRead = 0;
    long sinceEviction = 0;
    for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
      String text = line.text();
      if (text.isBlank()) {
        continue;
      }
      if (format == null) {
        format = format(text, expect);
        if (format instanceof CsvLog) {
          continue;
        }
      }
      linesRead++;
      if (line.tooLong()) {
        malformed(line.number(), "is longer than " + LineReader.MAX_LINE + " bytes");
        continue;
      }
      try {
        consider(format.parse(line.number(), text));
      } catch (MalformedLine e) {
        malformed(line.number(), e.getMessage());
      }
      if (++sinceEviction == EVICT_EVERY) {
        sinceEviction = 0;
        forgetOldDays();
      }
    }
    Map<UserDay, DayResult> results = new LinkedHashMap<>();
    flaggedDays.forEach((key, state) -> results.put(key, new DayResult(state.flagged, state.kept)));
    return new Result(
        format == null ? (expect == Expect.CSV ? "csv" : "squid") : format.name(),
        reader.sha256(),
        reader.bytes(),
        linesRead,
        malformed,
        List.copyOf(problems),
        flagged,
        duplicates,
        results);
  }

  private LogFormat format(String firstLine, Expect expect) {
    Optional<CsvLog> csv = CsvLog.fromHeader(firstLine, settings.zone());
    if (csv.isPresent() && expect != Expect.SQUID) {
      return csv.get();
    }
    if (expect == Expect.CSV || (expect == Expect.EITHER && CsvLog.looksLikeHeader(firstLine))) {
      throw new UnreadableLog(
          "A CSV filter log starts with the header "
              + String.join(",", CsvLog.COLUMNS)
              + " (in any order)");
    }
    return new SquidLog();
  }

  private void consider(LogRecord record) {
    LocalDate day = record.at().atZone(settings.zone()).toLocalDate();
    if (newestDay == null || day.isAfter(newestDay)) {
      newestDay = day;
    }
    UserDay key = new UserDay(record.user(), day);
    DayState state = days.computeIfAbsent(key, k -> new DayState());
    if (!record.blocked()) {
      String domain = watchedDomain(record.host());
      if (domain != null) {
        flag(key, state, record, FlagReason.WATCHED_DOMAIN, domain);
      } else if (record.category() != null
          && settings.watchedCategories().contains(record.category())) {
        flag(key, state, record, FlagReason.WATCHED_CATEGORY, record.category());
      }
      return;
    }
    state.blocked++;
    int threshold = settings.blockedThreshold();
    if (state.blocked < threshold) {
      if (state.recentBlocked == null) {
        state.recentBlocked = new ArrayDeque<>(threshold - 1);
      }
      state.recentBlocked.addLast(record);
      return;
    }
    String matched = threshold + " or more blocked requests in a day";
    if (state.blocked == threshold && state.recentBlocked != null) {
      for (LogRecord earlier : state.recentBlocked) {
        flag(key, state, earlier, FlagReason.REPEATED_BLOCKS, matched);
      }
      state.recentBlocked = null;
    }
    flag(key, state, record, FlagReason.REPEATED_BLOCKS, matched);
  }

  private String watchedDomain(String host) {
    if (host == null || settings.watchedDomains().isEmpty()) {
      return null;
    }
    for (String suffix = host; ; ) {
      if (settings.watchedDomains().contains(suffix)) {
        return suffix;
      }
      int dot = suffix.indexOf('.');
      if (dot < 0) {
        return null;
      }
      suffix = suffix.substring(dot + 1);
    }
  }

  private void flag(
      UserDay key, DayState state, LogRecord record, FlagReason reason, String matched) {
    if (state.fingerprints == null) {
      state.fingerprints = new HashSet<>(sink.open(key));
      flaggedDays.put(key, state);
    }
    boolean keep = state.kept < settings.maxStoredPerUserDay();
    String fingerprint = fingerprint(record.text());
    if (keep && !state.fingerprints.add(fingerprint)) {
      duplicates++;
      return;
    }
    flagged++;
    state.flagged++;
    if (keep) {
      sink.keep(key, record, reason, matched, fingerprint);
      state.kept++;
    }
  }

  private String fingerprint(String text) {
    return HexFormat.of().formatHex(lineDigest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private void malformed(long line, String reason) {
    malformed++;
    if (problems.size() < MALFORMED_SHOWN) {
      problems.add(new Problem(line, reason));
    }
  }

  /**
   * Logs run forward in time: a day two behind the newest is over, unless something was flagged.
   */
  private void forgetOldDays() {
    LocalDate cutoff = newestDay.minusDays(1);
    days.entrySet()
        .removeIf(e -> e.getValue().fingerprints == null && e.getKey().day().isBefore(cutoff));
  }

  /** User-days currently held in memory; for tests of the bound. */
  int daysHeld() {
    return days.size();
  }
}
