package org.beacon.filtering.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebAddressTest {

  @Test
  void findsTheHostOfEveryAddressFormAProxyLogs() {
    assertThat(WebAddress.host("http://User@WWW.Example.COM:8080/a?b#c"))
        .isEqualTo("www.example.com");
    assertThat(WebAddress.host("games.example:443")).isEqualTo("games.example");
    assertThat(WebAddress.host("https://example.com.")).isEqualTo("example.com");
    assertThat(WebAddress.host("http://[2001:db8::1]/")).isEqualTo("[2001:db8::1]");
    assertThat(WebAddress.host("http:///nohost")).isNull();
  }

  @Test
  void aDomainCoversItsSubdomainsOnly() {
    assertThat(WebAddress.within("m.chat.example", "chat.example")).isTrue();
    assertThat(WebAddress.within("chat.example", "chat.example")).isTrue();
    assertThat(WebAddress.within("notchat.example", "chat.example")).isFalse();
    assertThat(WebAddress.isDomain("chat.example")).isTrue();
    assertThat(WebAddress.isDomain("not a domain")).isFalse();
    assertThat(WebAddress.isDomain("localhost")).isFalse();
  }

  @Test
  void referencesAreDerivedFromTheYearAndNumberAndParsedBack() {
    FilteringReference ref =
        FilteringReference.of(FilteringReference.REPORT, Instant.parse("2026-12-31T23:59:00Z"), 7);
    assertThat(ref).hasToString("FLT-2026-0007");
    assertThat(FilteringReference.parse(FilteringReference.REPORT, "FLT-2026-0007")).contains(ref);
    assertThat(FilteringReference.parse(FilteringReference.CHANGE_REQUEST, "FLT-2026-0007"))
        .isEmpty();
    assertThat(FilteringReference.parse(FilteringReference.REPORT, "FLT-26-7")).isEmpty();
  }
}
