package org.beacon.filtering.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Host names and domains as filters see them. */
public final class WebAddress {

  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private WebAddress() {}

  /**
   * The host of an address as a proxy logs it: {@code http://host:port/path}, {@code
   * https://host/}, or {@code host:443} for a CONNECT; lower case, without port or trailing dot.
   * Null when there is none.
   */
  public static String host(String address) {
    if (address == null) {
      return null;
    }
    String text = address.trim();
    int scheme = text.indexOf("://");
    String rest = scheme >= 0 ? text.substring(scheme + 3) : text;
    int end = rest.length();
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    String authority = rest.substring(0, end);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      authority = authority.substring(at + 1);
    }
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      return close > 0 ? authority.substring(0, close + 1).toLowerCase(Locale.ROOT) : null;
    }
    int colon = authority.indexOf(':');
    if (colon >= 0) {
      authority = authority.substring(0, colon);
    }
    String host = normaliseHost(authority);
    return host.isEmpty() ? null : host;
  }

  public static String normaliseHost(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    while (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    return h;
  }

  /** Whether the text is a domain name such as {@code example.com}. */
  public static boolean isDomain(String text) {
    return text != null && DOMAIN.matcher(normaliseHost(text)).matches();
  }

  /** Whether the host is the domain or one of its subdomains. */
  public static boolean within(String host, String domain) {
    return host != null && (host.equals(domain) || host.endsWith("." + domain));
  }

  /** Whether the text is an absolute http or https address with a host. */
  public static boolean isWebUrl(String text) {
    try {
      URI uri = new URI(text.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
