package org.beacon.filtering.application.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SquidLogTest {

  private final SquidLog squid = new SquidLog();

  @Test
  void readsAnAllowedRequestOfAnAuthenticatedUser() throws MalformedLine {
    LogRecord r =
        squid.parse(
            3,
            "1772528400.123    212 10.0.4.17 TCP_MISS/200 3921 GET http://www.bbc.co.uk/bitesize JSmith HIER_DIRECT/151.101.0.81 text/html");

    assertThat(r.lineNumber()).isEqualTo(3);
    assertThat(r.at()).isEqualTo(Instant.parse("2026-03-03T09:00:00.123Z"));
    assertThat(r.user()).isEqualTo("jsmith");
    assertThat(r.client()).isEqualTo("10.0.4.17");
    assertThat(r.host()).isEqualTo("www.bbc.co.uk");
    assertThat(r.blocked()).isFalse();
    assertThat(r.category()).isNull();
  }

  @Test
  void aDeniedRequestIsBlockedAndWithoutAUserTheClientAddressStandsIn() throws MalformedLine {
    LogRecord r =
        squid.parse(
            1,
            "1772528401.000 0 10.0.4.18 TCP_DENIED/403 0 CONNECT games.example:443 - HIER_NONE/- -");

    assertThat(r.blocked()).isTrue();
    assertThat(r.user()).isEqualTo("10.0.4.18");
    assertThat(r.host()).isEqualTo("games.example");
  }

  @Test
  void anEncodedIdentIsDecoded() throws MalformedLine {
    assertThat(
            squid
                .parse(
                    1,
                    "1772528401 5 10.0.0.1 TCP_HIT/200 10 GET http://a.example/ SCHOOL%5Cjsmith NONE/- text/css")
                .user())
        .isEqualTo("school\\jsmith");
  }

  @Test
  void linesThatAreNotRequestsSayWhatIsWrong() {
    assertThatThrownBy(() -> squid.parse(1, "1772528401.000 5 10.0.0.1 TCP_MISS/200 10 GET"))
        .isInstanceOf(MalformedLine.class)
        .hasMessageContaining("6 of the 10 fields");
    assertThatThrownBy(
            () ->
                squid.parse(
                    1,
                    "yesterday 5 10.0.0.1 TCP_MISS/200 10 GET http://a.example/ - NONE/- text/html"))
        .hasMessageContaining("time");
    assertThatThrownBy(
            () ->
                squid.parse(
                    1,
                    "1772528401.000 5 10.0.0.1 TCP_MISS 10 GET http://a.example/ - NONE/- text/html"))
        .hasMessageContaining("action/code");
    assertThatThrownBy(
            () ->
                squid.parse(
                    1,
                    "1772528401.000 5 10.0.0.1 TCP_MISS/200 ten GET http://a.example/ - NONE/- text/html"))
        .hasMessageContaining("size");
    assertThatThrownBy(
            () ->
                squid.parse(
                    1,
                    "1772528401.000 x 10.0.0.1 TCP_MISS/200 10 GET http://a.example/ - NONE/- text/html"))
        .hasMessageContaining("elapsed");
  }
}
