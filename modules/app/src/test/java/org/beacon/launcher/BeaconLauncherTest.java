package org.beacon.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BeaconLauncherTest {

  @Test
  void theConfiguredPortBecomesPayarasPortOption() {
    assertThat(BeaconLauncher.options(new String[0], "9090"))
        .containsExactly("--port", "9090", "--nocluster");
  }

  @Test
  void aConfiguredPortIsTrimmed() {
    assertThat(BeaconLauncher.options(new String[0], " 9090 "))
        .containsSubsequence("--port", "9090");
  }

  @Test
  void withoutAConfiguredPortBeaconListensOn8080() {
    assertThat(BeaconLauncher.options(new String[0], null)).containsSubsequence("--port", "8080");
    assertThat(BeaconLauncher.options(new String[0], "  ")).containsSubsequence("--port", "8080");
  }

  @Test
  void aPortGivenOnTheCommandLineWinsOverTheConfiguredOne() {
    assertThat(BeaconLauncher.options(new String[] {"--port", "7000"}, "9090"))
        .containsExactly("--port", "7000", "--nocluster");
  }

  @Test
  void theUsersOtherOptionsAreKeptInOrder() {
    assertThat(
            BeaconLauncher.options(
                new String[] {"--logtofile", "beacon.log", "--PORT", "7000"}, null))
        .containsExactly("--logtofile", "beacon.log", "--PORT", "7000", "--nocluster");
  }

  @Test
  void clusteringIsSwitchedOffOnce() {
    assertThat(BeaconLauncher.options(new String[] {"--nocluster"}, "9090"))
        .containsOnlyOnce("--nocluster")
        .containsExactly("--nocluster", "--port", "9090");
  }

  @Test
  void withACertificatePayaraServesHttpsOnTheTlsPortWithItsAlias() {
    ServedKeystore keystore =
        new ServedKeystore(Path.of("k.p12"), "school-cert", "pw", Path.of("/tmp/x"));
    assertThat(BeaconLauncher.options(new String[0], "8080", Optional.of(keystore), 8443))
        .containsExactly(
            "--port", "8080", "--nocluster", "--sslport", "8443", "--sslcert", "school-cert");
  }

  @Test
  void anSslPortGivenOnTheCommandLineWins() {
    ServedKeystore keystore =
        new ServedKeystore(Path.of("k.p12"), "beacon", "pw", Path.of("/tmp/x"));
    assertThat(
            BeaconLauncher.options(
                new String[] {"--sslport", "443"}, null, Optional.of(keystore), 8443))
        .containsOnlyOnce("--sslport")
        .containsSubsequence("--sslport", "443")
        .containsSubsequence("--sslcert", "beacon")
        .doesNotContain("8443");
  }

  @Test
  void withoutACertificateNoHttpsOptionIsAdded() {
    assertThat(BeaconLauncher.options(new String[0], "8080", Optional.empty(), 0))
        .doesNotContain("--sslport", "--sslcert");
  }
}
