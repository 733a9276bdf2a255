package org.beacon.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The reverse proxies whose {@code X-Forwarded-Proto} and {@code X-Forwarded-For} Beacon believes
 * ({@code BEACON_TRUSTED_PROXIES}: comma-separated addresses and CIDR blocks; none by default).
 * From anyone else those headers are ignored: otherwise any client could claim to have come over
 * HTTPS, or from another address, and step around the per-address sign-in lock.
 */
public final class TrustedProxies {

  /** The environment variable; {@code -Dbeacon.trusted-proxies=...} works too. */
  public static final String SETTING = "BEACON_TRUSTED_PROXIES";

  private static final String PROPERTY = "beacon.trusted-proxies";

  private static volatile TrustedProxies configured;

  private final List<AddressRange> ranges;

  private TrustedProxies(List<AddressRange> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /** Reads the setting; a blank one trusts nobody, a bad entry fails naming it. */
  public static TrustedProxies parse(String setting) {
    List<AddressRange> ranges = new ArrayList<>();
    if (setting != null) {
      for (String entry : setting.split(",")) {
        if (!entry.isBlank()) {
          try {
            ranges.add(AddressRange.parse(entry));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SETTING + ": " + e.getMessage(), e);
          }
        }
      }
    }
    return new TrustedProxies(ranges);
  }

  /**
   * The installation's setting, read once: the environment variable, else the system property. Read
   * directly rather than through MicroProfile Config because the response headers need it on every
   * request, refusals written by the authentication mechanism included.
   */
  public static TrustedProxies configured() {
    TrustedProxies proxies = configured;
    if (proxies == null) {
      String setting = System.getenv(SETTING);
      proxies =
          parse(setting != null && !setting.isBlank() ? setting : System.getProperty(PROPERTY));
      configured = proxies;
    }
    return proxies;
  }

  public boolean trusts(String address) {
    return ranges.stream().anyMatch(range -> range.contains(address));
  }

  /**
   * Who is really calling, and whether they reached Beacon over HTTPS.
   *
   * @param peer the address of the connection's other end ({@code getRemoteAddr()})
   * @param peerSecure whether that connection is HTTPS ({@code isSecure()})
   * @param forwardedProto {@code X-Forwarded-Proto}, or null
   * @param forwardedFor {@code X-Forwarded-For}, or null
   */
  public ClientConnection resolve(
      String peer, boolean peerSecure, String forwardedProto, String forwardedFor) {
    if (!trusts(peer)) {
      return new ClientConnection(peer, peerSecure);
    }
    boolean secure = peerSecure;
    if (forwardedProto != null && !forwardedProto.isBlank()) {
      // A chain of proxies may list one scheme per hop: the first is the client's.
      secure = forwardedProto.split(",")[0].trim().equalsIgnoreCase("https");
    }
    return new ClientConnection(client(peer, forwardedFor), secure);
  }

  /**
   * The client in {@code X-Forwarded-For}: read from the right (each proxy appends the address it
   * was called from), skipping our own proxies; the first address that is not one of them is the
   * client, since everything left of it was written by someone we do not trust.
   */
  private String client(String peer, String forwardedFor) {
    if (forwardedFor == null || forwardedFor.isBlank()) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    String client = peer;
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (AddressRange.literal(hop).isEmpty()) {
        // Not an address (a proxy's "unknown", or garbage): nothing further left can be believed.
        return client;
      }
      client = stripBrackets(hop);
      if (!trusts(hop)) {
        return client;
      }
    }
    return client;
  }

  private static String stripBrackets(String address) {
    return address.startsWith("[") && address.endsWith("]")
        ? address.substring(1, address.length() - 1)
        : address;
  }
}
