package org.beacon.filtering.application.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.beacon.filtering.application.logs.LogScan.UserDay;
import org.beacon.filtering.domain.FlagReason;
import org.junit.jupiter.api.Test;

class LogScanTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);

  /** 2026-03-03 09:00 in London (GMT in March). */
  private static final long NINE = 1772528400L;

  private final RecordingSink sink = new RecordingSink(false);

  @Test
  void allowedRequestsToAWatchedDomainOrItsSubdomainsAreFlagged() throws IOException {
    LogScan.Result result =
        scan(
            settings(3),
            squid(0, "amy", "TCP_MISS/200", "http://www.bbc.co.uk/"),
            squid(1, "amy", "TCP_MISS/200", "https://m.chat.example/room/1"),
            squid(2, "amy", "TCP_DENIED/403", "http://chat.example/"),
            squid(3, "ben", "TCP_MISS/200", "http://notchat.example/"));

    assertThat(result.flagged()).isEqualTo(1);
    assertThat(sink.kept)
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.userDay()).isEqualTo(new UserDay("amy", TUESDAY));
              assertThat(k.reason()).isEqualTo(FlagReason.WATCHED_DOMAIN);
              assertThat(k.matched()).isEqualTo("chat.example");
              assertThat(k.line()).isEqualTo(2);
            });
  }

  @Test
  void aUserReachingTheBlockedThresholdInADayHasEveryBlockedRequestFlagged() throws IOException {
    LogScan.Result result =
        scan(
            settings(3),
            squid(0, "amy", "TCP_DENIED/403", "http://games.example/1"),
            squid(1, "ben", "TCP_DENIED/403", "http://games.example/1"),
            squid(2, "amy", "TCP_MISS/200", "http://www.bbc.co.uk/"),
            squid(3, "amy", "TCP_DENIED/403", "http://games.example/2"),
            squid(4, "ben", "TCP_DENIED/403", "http://games.example/2"),
            squid(5, "amy", "TCP_DENIED/403", "http://games.example/3"),
            squid(6, "amy", "TCP_DENIED/403", "http://games.example/4"));

    assertThat(result.flagged()).isEqualTo(4);
    assertThat(sink.kept).extracting(RecordingSink.Kept::line).containsExactly(1L, 4L, 6L, 7L);
    assertThat(sink.kept)
        .allSatisfy(k -> assertThat(k.reason()).isEqualTo(FlagReason.REPEATED_BLOCKS));
    assertThat(sink.opened).containsExactly(new UserDay("amy", TUESDAY));
    assertThat(result.days()).containsOnlyKeys(new UserDay("amy", TUESDAY));
    assertThat(result.days().get(new UserDay("amy", TUESDAY)).flagged()).isEqualTo(4);
  }

  @Test
  void blockedRequestsCountPerSchoolDay() throws IOException {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    long lateJune = 1782862200L;
    LogScan.Result result =
        scan(
            settings(2),
            "%d.000 1 10.0.0.1 TCP_DENIED/403 0 GET http://games.example/ amy NONE/- -"
                .formatted(lateJune - 3600),
            "%d.000 1 10.0.0.1 TCP_DENIED/403 0 GET http://games.example/ amy NONE/- -"
                .formatted(lateJune));

    assertThat(result.flagged()).isZero();
  }

  @Test
  void theSameLineTwiceIsKeptOnceAndLinesKeptBeforeAreNotKeptAgain() throws IOException {
    String line = squid(0, "amy", "TCP_MISS/200", "http://chat.example/");
    LogScan.Result first =
        scan(settings(5), line, line, squid(1, "amy", "TCP_MISS/200", "http://chat.example/b"));
    assertThat(first.flagged()).isEqualTo(2);
    assertThat(first.duplicates()).isEqualTo(1);

    RecordingSink again = new RecordingSink(false);
    LogScan.Result second;
    try (var in = stream(line)) {
      again.known.put(new UserDay("amy", TUESDAY), Set.of(fingerprintOf(line)));
      second = new LogScan(settings(5), again).scan(in, LogScan.Expect.EITHER);
    }
    assertThat(second.duplicates()).isEqualTo(1);
    assertThat(again.kept).isEmpty();
  }

  @Test
  void malformedLinesAreCountedAndDescribedWithoutStoppingTheScan() throws IOException {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      log.append("garbage line ").append(i).append('\n');
      log.append(squid(i, "amy", "TCP_MISS/200", "http://chat.example/" + i)).append('\n');
    }
    log.append("\n   \n");
    LogScan.Result result = scan(settings(5), log.toString());

    assertThat(result.linesRead()).isEqualTo(50);
    assertThat(result.malformed()).isEqualTo(25);
    assertThat(result.firstMalformed()).hasSize(LogScan.MALFORMED_SHOWN);
    assertThat(result.firstMalformed().get(0))
        .isEqualTo(new LogScan.Problem(1, "has 3 of the 10 fields of squid's native format"));
    assertThat(result.flagged()).isEqualTo(25);
    assertThat(result.format()).isEqualTo("squid");
  }

  @Test
  void aCsvLogIsRecognisedByItsHeaderWhichIsNotALine() throws IOException {
    LogScan.Result result =
        scan(
            settings(5),
            "timestamp,user,ip,url,action,category",
            "2026-03-03T09:00:00Z,amy,10.0.0.1,http://cards.example/,allowed,Gambling",
            "2026-03-03T09:01:00Z,amy,10.0.0.1,http://www.bbc.co.uk/,allowed,News",
            "2026-03-03T09:02:00Z,amy,10.0.0.1,http://cards.example/,blocked,Gambling");

    assertThat(result.format()).isEqualTo("csv");
    assertThat(result.linesRead()).isEqualTo(3);
    assertThat(sink.kept)
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.reason()).isEqualTo(FlagReason.WATCHED_CATEGORY);
              assertThat(k.matched()).isEqualTo("gambling");
            });
  }

  @Test
  void aCsvWithoutItsHeaderIsRefusedAsAWhole() {
    assertThatThrownBy(
            () ->
                scan(
                    settings(5),
                    "timestamp,user,url",
                    "2026-03-03T09:00:00Z,amy,http://a.example/"))
        .isInstanceOf(UnreadableLog.class)
        .hasMessageContaining("timestamp,user,ip,url,action,category");
    assertThatThrownBy(
            () ->
                scanExpecting(
                    LogScan.Expect.CSV, squid(0, "amy", "TCP_MISS/200", "http://a.example/")))
        .isInstanceOf(UnreadableLog.class);
  }

  @Test
  void oldDaysWithNothingFlaggedAreForgotten() throws IOException {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 120_000; i++) {
      long at = NINE + i * 10L; // 120,000 lines over about two weeks
      log.append(
          "%d.000 1 10.0.0.1 TCP_MISS/200 10 GET http://a.example/ user%d NONE/- -\n"
              .formatted(at, i % 300));
    }
    LogScan scan = new LogScan(settings(5), sink);
    try (var in = stream(log.toString())) {
      scan.scan(in, LogScan.Expect.EITHER);
    }

    // Fourteen days of 300 users would be 4,200 user-days; only the last few days are held.
    assertThat(scan.daysHeld())
        .as("user-days held after two weeks of 300 users")
        .isBetween(300, 300 * 6);
  }

  // --- helpers -------------------------------------------------------------------------------

  static LogScan.Settings settings(int threshold) {
    return new LogScan.Settings(
        Set.of("chat.example", "poker.example"), Set.of("gambling"), threshold, 200, LONDON);
  }

  /** A squid line by user at 09:00 plus {@code minute} minutes on Tuesday 3 March 2026. */
  static String squid(int minute, String user, String action, String url) {
    return "%d.%03d %6d 10.0.4.17 %s 512 GET %s %s HIER_DIRECT/10.0.0.1 text/html"
        .formatted(NINE + minute * 60L, minute, 20, action, url, user);
  }

  private LogScan.Result scan(LogScan.Settings settings, String... lines) throws IOException {
    try (var in = stream(String.join("\n", lines) + "\n")) {
      return new LogScan(settings, sink).scan(in, LogScan.Expect.EITHER);
    }
  }

  private LogScan.Result scanExpecting(LogScan.Expect expect, String... lines) throws IOException {
    try (var in = stream(String.join("\n", lines) + "\n")) {
      return new LogScan(settings(5), sink).scan(in, expect);
    }
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String fingerprintOf(String line) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(line.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
