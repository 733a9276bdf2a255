package org.beacon.launcher;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How Beacon serves HTTPS itself: a certificate chain and private key as PEM files ({@code
 * BEACON_TLS_CERT}, {@code BEACON_TLS_KEY}), or a PKCS#12 keystore ({@code BEACON_TLS_KEYSTORE},
 * {@code BEACON_TLS_KEYSTORE_PASSWORD}), on {@code BEACON_TLS_PORT} (8443 unless set). Without any
 * of them Beacon speaks plain HTTP, for trying it out or behind a reverse proxy that ends HTTPS.
 *
 * @param certificate the PEM certificate chain, or null with a keystore
 * @param key the PEM private key, or null with a keystore
 * @param keystore the PKCS#12 keystore, or null with PEM files
 * @param keystorePassword the keystore's password, or null with PEM files
 * @param port the HTTPS port
 */
record TlsSettings(Path certificate, Path key, Path keystore, String keystorePassword, int port) {

  static final int DEFAULT_PORT = 8443;

  /**
   * Reads the settings by their environment variable names ({@code setting} answers null for one
   * that is not set). Empty when none of the certificate settings is given.
   */
  static Optional<TlsSettings> read(UnaryOperator<String> setting) throws LaunchFailure {
    String cert = text(setting, "BEACON_TLS_CERT");
    String key = text(setting, "BEACON_TLS_KEY");
    String keystore = text(setting, "BEACON_TLS_KEYSTORE");
    String password = setting.apply("BEACON_TLS_KEYSTORE_PASSWORD");
    String port = text(setting, "BEACON_TLS_PORT");
    if (cert == null && key == null && keystore == null) {
      if (port != null) {
        throw new LaunchFailure(
            "BEACON_TLS_PORT is set, but no certificate: set BEACON_TLS_CERT and BEACON_TLS_KEY (PEM files),"
                + " or BEACON_TLS_KEYSTORE and BEACON_TLS_KEYSTORE_PASSWORD (PKCS#12)");
      }
      return Optional.empty();
    }
    if (keystore != null && (cert != null || key != null)) {
      throw new LaunchFailure(
          "Set either BEACON_TLS_CERT and BEACON_TLS_KEY (PEM files) or BEACON_TLS_KEYSTORE (PKCS#12), not both");
    }
    if (keystore == null && (cert == null || key == null)) {
      throw new LaunchFailure(
          (cert == null
                  ? "BEACON_TLS_KEY is set without BEACON_TLS_CERT"
                  : "BEACON_TLS_CERT is set without BEACON_TLS_KEY")
              + ": HTTPS needs both the certificate chain and its private key (with Let's Encrypt,"
              + " fullchain.pem and privkey.pem)");
    }
    if (keystore != null && password == null) {
      throw new LaunchFailure("BEACON_TLS_KEYSTORE is set without BEACON_TLS_KEYSTORE_PASSWORD");
    }
    return Optional.of(
        new TlsSettings(
            cert == null ? null : Path.of(cert),
            key == null ? null : Path.of(key),
            keystore == null ? null : Path.of(keystore),
            keystore == null ? null : password,
            port(port)));
  }

  boolean pem() {
    return keystore == null;
  }

  private static int port(String text) throws LaunchFailure {
    if (text == null) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(text);
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new LaunchFailure("BEACON_TLS_PORT must be a port number (1-65535), not '" + text + "'");
  }

  private static String text(UnaryOperator<String> setting, String name) {
    String value = setting.apply(name);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
