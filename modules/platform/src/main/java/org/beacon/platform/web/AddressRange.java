package org.beacon.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of {@code BEACON_TRUSTED_PROXIES}: a single IPv4 or IPv6 address, or a CIDR block
 * ({@code 10.0.0.0/8}, {@code fd00::/8}).
 *
 * <p>Only address literals are accepted, never host names: a name would be looked up in DNS on
 * every request, and whoever controls that DNS answer would decide whose headers Beacon believes.
 */
record AddressRange(byte[] network, int prefixBits) {

  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  /** Reads an entry, or fails naming it. */
  static AddressRange parse(String entry) {
    String text = entry.trim();
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    byte[] bytes =
        literal(address)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "'" + text + "' is not an IP address or CIDR block"));
    int bits = bytes.length * 8;
    if (slash >= 0) {
      try {
        bits = Integer.parseInt(text.substring(slash + 1));
      } catch (NumberFormatException e) {
        bits = -1;
      }
      if (bits < 0 || bits > bytes.length * 8) {
        throw new IllegalArgumentException(
            "'" + text + "' has a prefix length outside 0-" + bytes.length * 8);
      }
    }
    return new AddressRange(bytes, bits);
  }

  /**
   * Whether {@code address} (a literal, as {@code getRemoteAddr()} gives it) lies in this range.
   */
  boolean contains(String address) {
    return literal(address).map(this::contains).orElse(false);
  }

  private boolean contains(byte[] candidate) {
    if (candidate.length != network.length) {
      return false;
    }
    int whole = prefixBits / 8;
    for (int i = 0; i < whole; i++) {
      if (candidate[i] != network[i]) {
        return false;
      }
    }
    int rest = prefixBits % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return (candidate[whole] & mask) == (network[whole] & mask);
  }

  /**
   * The bytes of an IP literal, IPv4-mapped IPv6 addresses ({@code ::ffff:10.0.0.1}) as IPv4; empty
   * for anything else (a host name is never resolved).
   */
  static Optional<byte[]> literal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String address = text.trim();
    if (address.startsWith("[") && address.endsWith("]")) {
      address = address.substring(1, address.length() - 1);
    }
    if (address.isEmpty() || !LITERAL.matcher(address).matches()) {
      return Optional.empty();
    }
    if (address.indexOf(':') < 0 && !address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return Optional.empty();
    }
    try {
      // Only digits, dots and colons reach here: InetAddress parses them without any lookup.
      return Optional.of(InetAddress.getByName(address).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
