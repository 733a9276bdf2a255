package org.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainHttpRedirectTest {

  @Test
  void theRedirectKeepsHostPathAndQueryAndNamesTheHttpsPort() {
    assertThat(PlainHttpRedirect.location("beacon.school.example", 8443, "/api/tasks", "page=2"))
        .isEqualTo("https://beacon.school.example:8443/api/tasks?page=2");
  }

  @Test
  void theStandardPortIsLeftOut() {
    assertThat(PlainHttpRedirect.location("beacon.school.example", 443, "/", null))
        .isEqualTo("https://beacon.school.example/");
  }

  @Test
  void anIpv6HostIsBracketed() {
    assertThat(PlainHttpRedirect.location("::1", 8443, "/", null)).isEqualTo("https://[::1]:8443/");
  }

  @Test
  void noPortMeansNoRedirect() {
    assertThat(PlainHttpRedirect.port(null)).isEmpty();
    assertThat(PlainHttpRedirect.port("x")).isEmpty();
    assertThat(PlainHttpRedirect.port(" 8443 ")).contains(8443);
  }

  @Test
  void onlyTheHealthChecksStayOnPlainHttp() {
    assertThat(PlainHttpRedirect.healthCheck("/health/ready")).isTrue();
    assertThat(PlainHttpRedirect.healthCheck("/health")).isTrue();
    assertThat(PlainHttpRedirect.healthCheck("/healthy.html")).isFalse();
    assertThat(PlainHttpRedirect.healthCheck("/api/health")).isFalse();
  }
}
