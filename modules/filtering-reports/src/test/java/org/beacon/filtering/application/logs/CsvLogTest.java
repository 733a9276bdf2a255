package org.beacon.filtering.application.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CsvLogTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final CsvLog csv =
      CsvLog.fromHeader("timestamp,user,ip,url,action,category", LONDON).orElseThrow();

  @Test
  void theColumnsMayComeInAnyOrderButAllSixAreNeeded() throws MalformedLine {
    CsvLog reordered =
        CsvLog.fromHeader("URL, Action ,user,ip,category,timestamp", LONDON).orElseThrow();
    LogRecord r =
        reordered.parse(2, "http://a.example/,blocked,amy,10.0.0.9,Gambling,2026-06-01T10:00:00Z");
    assertThat(r.blocked()).isTrue();
    assertThat(r.category()).isEqualTo("gambling");
    assertThat(r.user()).isEqualTo("amy");

    assertThat(CsvLog.fromHeader("timestamp,user,url,action", LONDON)).isEmpty();
    assertThat(CsvLog.fromHeader("1772528401.000 5 10.0.0.1 TCP_MISS/200", LONDON)).isEmpty();
  }

  @Test
  void aLocalTimeIsSchoolTimeAndSecondsSince1970AreReadToo() throws MalformedLine {
    assertThat(csv.parse(2, "2026-06-01 10:00:00,amy,10.0.0.9,http://a.example/,allowed,").at())
        .isEqualTo(Instant.parse("2026-06-01T09:00:00Z"));
    assertThat(csv.parse(2, "1772528400.5,amy,10.0.0.9,http://a.example/,allowed,").at())
        .isEqualTo(Instant.parse("2026-03-03T09:00:00.500Z"));
  }

  @Test
  void aQuotedUrlMayHoldCommasAndQuotes() throws MalformedLine {
    LogRecord r =
        csv.parse(
            2,
            "2026-06-01T10:00:00Z,,10.0.0.9,\"http://a.example/?q=a,b&t=\"\"x\"\"\",allowed,news");
    assertThat(r.url()).isEqualTo("http://a.example/?q=a,b&t=\"x\"");
    assertThat(r.user()).as("the ip stands in for a missing user").isEqualTo("10.0.0.9");
  }

  @Test
  void brokenLinesSayWhatIsWrong() {
    assertThatThrownBy(
            () -> csv.parse(2, "2026-06-01T10:00:00Z,amy,10.0.0.9,http://a.example/,maybe,news"))
        .isInstanceOf(MalformedLine.class)
        .hasMessageContaining("action");
    assertThatThrownBy(
            () -> csv.parse(2, "last tuesday,amy,10.0.0.9,http://a.example/,allowed,news"))
        .hasMessageContaining("timestamp");
    assertThatThrownBy(
            () -> csv.parse(2, "2026-06-01T10:00:00Z,amy,http://a.example/,allowed,news"))
        .hasMessageContaining("5 fields");
    assertThatThrownBy(
            () ->
                csv.parse(2, "2026-06-01T10:00:00Z,amy,10.0.0.9,\"http://a.example/,allowed,news"))
        .hasMessageContaining("quoted");
    assertThatThrownBy(() -> csv.parse(2, "2026-06-01T10:00:00Z,,,http://a.example/,allowed,news"))
        .hasMessageContaining("neither");
    assertThatThrownBy(() -> csv.parse(2, "2026-06-01T10:00:00Z,amy,10.0.0.9,,allowed,news"))
        .hasMessageContaining("no url");
  }
}
