package org.beacon.platform.alerts;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How Beacon reaches its SMTP server, from {@code BEACON_SMTP_HOST}, {@code BEACON_SMTP_PORT},
 * {@code BEACON_SMTP_USER}, {@code BEACON_SMTP_PASSWORD}, {@code BEACON_SMTP_TLS} ({@code
 * starttls}, {@code tls} or {@code none}), {@code BEACON_MAIL_FROM} and {@code BEACON_BASE_URL}
 * (the address people open Beacon at, for the links in messages). Without a host, e-mail alerts are
 * off and nothing is queued.
 */
public record MailSettings(
    String host, int port, String user, String password, Tls tls, String from, String baseUrl) {

  /** How the connection to the SMTP server is protected. */
  public enum Tls {
    /** Plain connection upgraded with STARTTLS, which must succeed (port 587). */
    STARTTLS,
    /** TLS from the first byte (port 465). */
    TLS,
    /** No protection: only for a server on the same machine or a test. */
    NONE
  }

  public static final MailSettings OFF =
      new MailSettings(null, 0, null, null, Tls.NONE, null, null);

  public static MailSettings current() {
    return from(ConfigProvider.getConfig(MailSettings.class.getClassLoader()));
  }

  static MailSettings from(Config config) {
    Optional<String> host = text(config, "beacon.smtp.host");
    if (host.isEmpty()) {
      return OFF;
    }
    Tls tls =
        switch (text(config, "beacon.smtp.tls").orElse("starttls").toLowerCase(Locale.ROOT)) {
          case "tls", "ssl" -> Tls.TLS;
          case "none", "off", "false" -> Tls.NONE;
          default -> Tls.STARTTLS;
        };
    int defaultPort = tls == Tls.TLS ? 465 : tls == Tls.STARTTLS ? 587 : 25;
    int port = text(config, "beacon.smtp.port").map(MailSettings::port).orElse(defaultPort);
    String from = text(config, "beacon.mail.from").orElse("beacon@" + host.get());
    String baseUrl =
        text(config, "beacon.base-url").orElse("http://localhost:8080").replaceAll("/+$", "");
    return new MailSettings(
        host.get(),
        port,
        text(config, "beacon.smtp.user").orElse(null),
        text(config, "beacon.smtp.password").orElse(null),
        tls,
        from,
        baseUrl);
  }

  public boolean enabled() {
    return host != null;
  }

  /** The address of a page of the web UI, e.g. {@code #/tasks/42}. */
  public String link(String hashRoute) {
    return (baseUrl == null ? "" : baseUrl) + "/" + hashRoute;
  }

  @Override
  public String toString() {
    // Never the password: settings are logged at start.
    return enabled()
        ? "SMTP "
            + host
            + ":"
            + port
            + " ("
            + tls.name().toLowerCase(Locale.ROOT)
            + "), from "
            + from
        : "e-mail alerts off";
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new IllegalArgumentException(
        "BEACON_SMTP_PORT must be a port number (1-65535), not '" + value + "'");
  }

  private static Optional<String> text(Config config, String key) {
    return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
  }
}
