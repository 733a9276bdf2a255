package org.beacon.filtering.application.logs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.beacon.filtering.domain.WebAddress;

/**
 * Squid's native access.log, which squid and e2guardian-based filters write: {@code time elapsed
 * client action/code size method URL ident hierarchy/peer type}, e.g. {@code 1772528400.123 212
 * 10.0.4.17 TCP_DENIED/403 3921 GET http://games.example/ jsmith HIER_NONE/- text/html}. A request
 * the filter refused has a {@code ..._DENIED} action. The user is the ident field when the proxy
 * authenticated one, else the client address.
 */
public final class SquidLog implements LogFormat {

  static final int FIELDS = 10;

  @Override
  public String name() {
    return "squid";
  }

  @Override
  public LogRecord parse(long lineNumber, String line) throws MalformedLine {
    String[] f = new String[FIELDS];
    int count = split(line, f);
    if (count < FIELDS) {
      throw new MalformedLine(
          "has " + count + " of the " + FIELDS + " fields of squid's native format");
    }
    Instant at = time(f[0]);
    if (!digits(f[1])) {
      throw new MalformedLine("elapsed time '" + f[1] + "' is not a number");
    }
    String client = f[2];
    int slash = f[3].indexOf('/');
    if (slash <= 0 || !statusCode(f[3].substring(slash + 1))) {
      throw new MalformedLine("'" + f[3] + "' is not an action/code such as TCP_MISS/200");
    }
    String action = f[3].substring(0, slash).toUpperCase(Locale.ROOT);
    if (!digits(f[4])) {
      throw new MalformedLine("size '" + f[4] + "' is not a number");
    }
    String url = f[6];
    String host = WebAddress.host(url);
    if (host == null) {
      throw new MalformedLine("'" + url + "' is not an address");
    }
    String user = "-".equals(f[7]) ? client : ident(f[7]);
    return new LogRecord(
        lineNumber,
        at,
        user.toLowerCase(Locale.ROOT),
        client,
        url,
        host,
        action.contains("DENIED"),
        null,
        line);
  }

  /**
   * Splits on runs of spaces and tabs into at most {@code into.length} fields; returns how many.
   */
  static int split(String line, String[] into) {
    int count = 0;
    int i = 0;
    int n = line.length();
    while (i < n && count < into.length) {
      while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        i++;
      }
      if (i == n) {
        break;
      }
      int start = i;
      while (i < n && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
        i++;
      }
      into[count++] = line.substring(start, i);
    }
    return count;
  }

  private static Instant time(String text) throws MalformedLine {
    int dot = text.indexOf('.');
    String seconds = dot < 0 ? text : text.substring(0, dot);
    String fraction = dot < 0 ? "" : text.substring(dot + 1);
    if (!digits(seconds)
        || seconds.length() > 12
        || (dot >= 0 && (!digits(fraction) || fraction.length() > 9))) {
      throw new MalformedLine(
          "time '" + text + "' is not seconds since 1970 such as 1772528400.123");
    }
    long nanos = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "000000000").substring(0, 9));
    return Instant.ofEpochSecond(Long.parseLong(seconds), nanos);
  }

  private static boolean statusCode(String text) {
    return text.length() == 3 && digits(text);
  }

  static boolean digits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String ident(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
