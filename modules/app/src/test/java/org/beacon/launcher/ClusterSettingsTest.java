package org.beacon.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

  @Test
  void withoutMembersBeaconRunsAloneAsBefore() throws LaunchFailure {
    assertThat(ClusterSettings.read(Map.<String, String>of()::get)).isEmpty();
    assertThat(ClusterSettings.read(Map.of("BEACON_CLUSTER_MEMBERS", " , ")::get)).isEmpty();
    assertThat(BeaconLauncher.options(new String[0], "8080", Optional.empty(), 0, Optional.empty()))
        .containsExactly("--port", "8080", "--nocluster");
  }

  @Test
  void membersBecomeATcpIpClusterWithItsPortAndName() throws LaunchFailure {
    Optional<ClusterSettings> cluster =
        ClusterSettings.read(
            Map.of(
                    "BEACON_CLUSTER_MEMBERS", " 10.0.0.11:5900, 10.0.0.12:5901 ",
                    "BEACON_CLUSTER_PORT", "5901",
                    "BEACON_CLUSTER_NAME", "trust-north")
                ::get);
    assertThat(cluster).isPresent();
    assertThat(BeaconLauncher.options(new String[0], "8081", Optional.empty(), 0, cluster))
        .containsExactly(
            "--port",
            "8081",
            "--clustermode",
            "tcpip:10.0.0.11:5900,10.0.0.12:5901",
            "--startport",
            "5901",
            "--clustername",
            "trust-north",
            "--nohostaware")
        .doesNotContain("--nocluster");
  }

  @Test
  void theDefaultsAreHazelcastPort5900AndTheNameBeacon() throws LaunchFailure {
    ClusterSettings cluster =
        ClusterSettings.read(Map.of("BEACON_CLUSTER_MEMBERS", "node-a:5900,node-b:5900")::get)
            .orElseThrow();
    assertThat(cluster.port()).isEqualTo(5900);
    assertThat(cluster.name()).isEqualTo("beacon");
  }

  @Test
  void anExplicitNoclusterOnTheCommandLineWins() throws LaunchFailure {
    Optional<ClusterSettings> cluster =
        ClusterSettings.read(Map.of("BEACON_CLUSTER_MEMBERS", "a:5900")::get);
    assertThat(
            BeaconLauncher.options(
                new String[] {"--nocluster"}, "8080", Optional.empty(), 0, cluster))
        .containsOnlyOnce("--nocluster")
        .doesNotContain("--clustermode");
  }

  @Test
  void aWrongSettingStopsTheStartNamingIt() {
    assertThatThrownBy(
            () -> ClusterSettings.read(Map.of("BEACON_CLUSTER_MEMBERS", "10.0.0.11")::get))
        .isInstanceOf(LaunchFailure.class)
        .hasMessageContaining("BEACON_CLUSTER_MEMBERS")
        .hasMessageContaining("10.0.0.11");
    assertThatThrownBy(
            () ->
                ClusterSettings.read(
                    Map.of("BEACON_CLUSTER_MEMBERS", "a:5900", "BEACON_CLUSTER_PORT", "99999")
                        ::get))
        .hasMessageContaining("BEACON_CLUSTER_PORT");
    assertThatThrownBy(
            () ->
                ClusterSettings.read(
                    Map.of("BEACON_CLUSTER_MEMBERS", "a:5900", "BEACON_CLUSTER_NAME", "a b")::get))
        .hasMessageContaining("BEACON_CLUSTER_NAME");
  }
}
