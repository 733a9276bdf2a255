package org.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7, fd00::/8");

  @Test
  void aTrustedProxysHeadersNameTheClientAndTheScheme() {
    ClientConnection client = proxies.resolve("10.1.2.3", false, "https", "203.0.113.9");
    assertThat(client).isEqualTo(new ClientConnection("203.0.113.9", true));
  }

  @Test
  void anUntrustedPeerCannotClaimHttpsOrAnotherAddress() {
    ClientConnection client = proxies.resolve("203.0.113.50", false, "https", "10.9.9.9");
    assertThat(client).isEqualTo(new ClientConnection("203.0.113.50", false));
  }

  @Test
  void nothingIsTrustedByDefault() {
    TrustedProxies none = TrustedProxies.parse(null);
    assertThat(none.resolve("127.0.0.1", false, "https", "198.51.100.1"))
        .isEqualTo(new ClientConnection("127.0.0.1", false));
    assertThat(TrustedProxies.parse(" ").trusts("127.0.0.1")).isFalse();
  }

  @Test
  void cidrBlocksMatchOnTheirPrefixOnly() {
    TrustedProxies block = TrustedProxies.parse("172.16.0.0/12");
    assertThat(block.trusts("172.16.0.1")).isTrue();
    assertThat(block.trusts("172.31.255.254")).isTrue();
    assertThat(block.trusts("172.32.0.1")).isFalse();
    assertThat(block.trusts("172.15.255.255")).isFalse();
    assertThat(proxies.trusts("192.168.1.7")).isTrue();
    assertThat(proxies.trusts("192.168.1.8")).isFalse();
  }

  @Test
  void ipv6BlocksAndIpv4MappedAddressesMatch() {
    assertThat(proxies.trusts("fd12:3456::1")).isTrue();
    assertThat(proxies.trusts("fe80::1")).isFalse();
    assertThat(proxies.trusts("::ffff:10.0.0.1")).isTrue();
  }

  @Test
  void theClientIsTheFirstUntrustedAddressFromTheRight() {
    // client -> spoofed entry -> our outer proxy 10.0.0.2 -> our inner proxy 10.0.0.1 -> Beacon
    ClientConnection client =
        proxies.resolve("10.0.0.1", false, "https", "1.2.3.4, 198.51.100.7, 10.0.0.2");
    assertThat(client.address()).isEqualTo("198.51.100.7");
  }

  @Test
  void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
    assertThat(proxies.resolve("10.0.0.1", false, null, "10.5.5.5, 10.0.0.2").address())
        .isEqualTo("10.5.5.5");
  }

  @Test
  void garbageInForwardedForStopsTheWalk() {
    assertThat(proxies.resolve("10.0.0.1", false, null, "unknown").address()).isEqualTo("10.0.0.1");
    assertThat(proxies.resolve("10.0.0.1", false, null, "evil.example, 10.0.0.3").address())
        .isEqualTo("10.0.0.3");
  }

  @Test
  void withoutForwardedProtoTheConnectionsOwnSchemeStands() {
    assertThat(proxies.resolve("10.0.0.1", true, null, null))
        .isEqualTo(new ClientConnection("10.0.0.1", true));
    assertThat(proxies.resolve("10.0.0.1", true, "http", null).secure()).isFalse();
    assertThat(proxies.resolve("10.0.0.1", false, "HTTPS, http", null).secure()).isTrue();
  }

  @Test
  void aBadEntryIsRefusedNamingTheSettingAndTheEntry() {
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8, proxy.school.example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BEACON_TRUSTED_PROXIES")
        .hasMessageContaining("proxy.school.example");
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
        .hasMessageContaining("prefix length");
    assertThatThrownBy(() -> TrustedProxies.parse("300.1.1.1")).hasMessageContaining("300.1.1.1");
  }
}
