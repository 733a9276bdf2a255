package org.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecureSessionCookieTest {

  @Test
  void aCookieWithoutTheAttributeGetsIt() {
    assertThat(SecureSessionCookie.secured("BEACON_SESSION=abc; Path=/; HttpOnly; SameSite=Strict"))
        .isEqualTo("BEACON_SESSION=abc; Path=/; HttpOnly; SameSite=Strict; Secure");
  }

  @Test
  void aSecureCookieIsLeftAlone() {
    assertThat(SecureSessionCookie.secured("BEACON_SESSION=abc; Secure; HttpOnly")).isEqualTo("BEACON_SESSION=abc; Secure; HttpOnly");
  }

  @Test
  void aValueThatMerelyContainsTheWordDoesNotCount() {
    assertThat(SecureSessionCookie.secured("BEACON_SESSION=Secure; Path=/")).endsWith("; Secure");
  }
}
