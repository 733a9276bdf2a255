package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How {@link BeaconAuthenticationMechanism} reads an HTTP Basic {@code Authorization} header. */
class BasicCredentialTest {

  @Test
  void aWellFormedHeaderYieldsUsernameAndPassword() {
    Optional<UsernamePasswordCredential> credential =
        BeaconAuthenticationMechanism.basicCredential(basic("dsl:beacon-demo"));

    assertThat(credential)
        .hasValueSatisfying(
            c -> {
              assertThat(c.getCaller()).isEqualTo("dsl");
              assertThat(c.getPasswordAsString()).isEqualTo("beacon-demo");
            });
  }

  @Test
  void aPasswordMayContainColons() {
    assertThat(BeaconAuthenticationMechanism.basicCredential(basic("head:a:b::c")))
        .hasValueSatisfying(
            c -> {
              assertThat(c.getCaller()).isEqualTo("head");
              assertThat(c.getPasswordAsString()).isEqualTo("a:b::c");
            });
  }

  @Test
  void nonAsciiCharactersAreReadAsUtf8() {
    assertThat(BeaconAuthenticationMechanism.basicCredential(basic("zoë:pässwörd")))
        .hasValueSatisfying(
            c -> {
              assertThat(c.getCaller()).isEqualTo("zoë");
              assertThat(c.getPasswordAsString()).isEqualTo("pässwörd");
            });
  }

  @Test
  void anEmptyPasswordIsPassedOnForTheStoreToRefuse() {
    assertThat(BeaconAuthenticationMechanism.basicCredential(basic("dsl:")))
        .hasValueSatisfying(c -> assertThat(c.getPasswordAsString()).isEmpty());
  }

  @Test
  void withoutAColonThereIsNoCredential() {
    assertThat(BeaconAuthenticationMechanism.basicCredential(basic("dsl"))).isEmpty();
  }

  @Test
  void anEmptyUsernameIsNoCredential() {
    assertThat(BeaconAuthenticationMechanism.basicCredential(basic(":beacon-demo"))).isEmpty();
  }

  @Test
  void invalidBase64IsNoCredential() {
    assertThat(BeaconAuthenticationMechanism.basicCredential("Basic not*base64!")).isEmpty();
  }

  private static String basic(String userAndPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }
}
