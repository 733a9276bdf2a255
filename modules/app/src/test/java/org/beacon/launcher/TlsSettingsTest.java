package org.beacon.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TlsSettingsTest {

  private static Optional<TlsSettings> read(Map<String, String> env) throws LaunchFailure {
    return TlsSettings.read(env::get);
  }

  @Test
  void withoutACertificateBeaconSpeaksPlainHttp() throws Exception {
    assertThat(read(Map.of())).isEmpty();
    assertThat(read(Map.of("BEACON_TLS_CERT", " "))).isEmpty();
  }

  @Test
  void pemFilesServeOn8443UnlessAPortIsSet() throws Exception {
    TlsSettings tls =
        read(Map.of("BEACON_TLS_CERT", "/etc/c.pem", "BEACON_TLS_KEY", "/etc/k.pem")).orElseThrow();
    assertThat(tls.pem()).isTrue();
    assertThat(tls.certificate()).isEqualTo(Path.of("/etc/c.pem"));
    assertThat(tls.port()).isEqualTo(8443);
    assertThat(
            read(Map.of("BEACON_TLS_CERT", "c", "BEACON_TLS_KEY", "k", "BEACON_TLS_PORT", " 9443 "))
                .orElseThrow()
                .port())
        .isEqualTo(9443);
  }

  @Test
  void aKeystoreNeedsItsPassword() throws Exception {
    TlsSettings tls =
        read(Map.of("BEACON_TLS_KEYSTORE", "/etc/b.p12", "BEACON_TLS_KEYSTORE_PASSWORD", "pw"))
            .orElseThrow();
    assertThat(tls.pem()).isFalse();
    assertThat(tls.keystorePassword()).isEqualTo("pw");
    assertThatThrownBy(() -> read(Map.of("BEACON_TLS_KEYSTORE", "/etc/b.p12")))
        .hasMessage("BEACON_TLS_KEYSTORE is set without BEACON_TLS_KEYSTORE_PASSWORD");
  }

  @Test
  void halfAPemPairIsRefusedSayingWhatIsMissing() {
    assertThatThrownBy(() -> read(Map.of("BEACON_TLS_CERT", "c")))
        .hasMessageStartingWith("BEACON_TLS_CERT is set without BEACON_TLS_KEY");
    assertThatThrownBy(() -> read(Map.of("BEACON_TLS_KEY", "k")))
        .hasMessageStartingWith("BEACON_TLS_KEY is set without BEACON_TLS_CERT");
  }

  @Test
  void pemFilesAndAKeystoreTogetherAreRefused() {
    assertThatThrownBy(
            () ->
                read(
                    Map.of(
                        "BEACON_TLS_CERT", "c", "BEACON_TLS_KEY", "k", "BEACON_TLS_KEYSTORE", "s")))
        .hasMessageContaining("not both");
  }

  @Test
  void aBadPortOrAPortWithoutCertificateIsRefused() {
    assertThatThrownBy(
            () ->
                read(
                    Map.of(
                        "BEACON_TLS_CERT", "c", "BEACON_TLS_KEY", "k", "BEACON_TLS_PORT", "70000")))
        .hasMessageContaining("BEACON_TLS_PORT must be a port number");
    assertThatThrownBy(() -> read(Map.of("BEACON_TLS_PORT", "8443")))
        .hasMessageContaining("no certificate");
  }
}
