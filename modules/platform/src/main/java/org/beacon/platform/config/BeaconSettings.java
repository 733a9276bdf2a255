package org.beacon.platform.config;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Beacon's settings, read through MicroProfile Config so that environment variables win over
 * defaults ({@code BEACON_DB_URL} is {@code beacon.db.url}, and so on).
 *
 * <p>Read programmatically rather than injected: the datasource and the engine need them before CDI
 * has finished starting.
 */
public final class BeaconSettings {

  public static final String DATA = "beacon.data";
  public static final String DB_URL = "beacon.db.url";
  public static final String DB_USER = "beacon.db.user";
  public static final String DB_PASSWORD = "beacon.db.password";
  public static final String DEMO = "beacon.demo";
  public static final String DEMO_CASES = "beacon.demo.cases";
  public static final String ADMIN_PASSWORD = "beacon.admin.password";
  public static final String DB_POOL_MAX = "beacon.db.pool.max";
  public static final String MODELS_MAX_BYTES = "beacon.models.max-bytes";
  public static final String MODELS_ALLOW_SCRIPTS = "beacon.models.allow-scripts";
  public static final String BENCH = "beacon.bench";
  public static final String SIGN_IN_ADDRESS_LOCK = "beacon.sign-in.address-lock";
  public static final String OIDC_ISSUER = "beacon.oidc.issuer";
  public static final String OIDC_CLIENT_ID = "beacon.oidc.client-id";
  public static final String OIDC_CLIENT_SECRET = "beacon.oidc.client-secret";
  public static final String OIDC_NAME = "beacon.oidc.name";
  public static final String OIDC_CLAIM = "beacon.oidc.claim";
  public static final String OIDC_REDIRECT_URI = "beacon.oidc.redirect-uri";
  public static final String TWO_FACTOR_REQUIRED = "beacon.2fa.required";
  public static final String TWO_FACTOR_KEY = "beacon.2fa.key";
  public static final String EVIDENCE_MAX_BYTES = "beacon.evidence.max-bytes";

  /** 10 MiB: a scanned letter or a few screenshots; larger evidence stays where it was found. */
  public static final long DEFAULT_EVIDENCE_MAX_BYTES = 10L * 1024 * 1024;

  /** 1 MiB: far above any hand-drawn flow, far below what would strain the server. */
  public static final int DEFAULT_MODELS_MAX_BYTES = 1024 * 1024;

  private final Config config;

  private BeaconSettings(Config config) {
    this.config = config;
  }

  public static BeaconSettings current() {
    return new BeaconSettings(ConfigProvider.getConfig(BeaconSettings.class.getClassLoader()));
  }

  public Path dataDirectory() {
    return Path.of(text(DATA).orElse("./data")).toAbsolutePath().normalize();
  }

  /**
   * The JDBC URL Beacon connects to: {@code BEACON_DB_URL}, or the H2 file under {@code
   * BEACON_DATA}.
   */
  public String databaseUrl() {
    return text(DB_URL).orElseGet(() -> DatabaseKind.h2FileUrl(dataDirectory()));
  }

  public DatabaseKind databaseKind() {
    return DatabaseKind.of(databaseUrl());
  }

  public String databaseUser() {
    return text(DB_USER).orElse(databaseKind() == DatabaseKind.H2 ? "beacon" : "");
  }

  public String databasePassword() {
    return text(DB_PASSWORD).orElse("");
  }

  public boolean demo() {
    return text(DEMO).map(Boolean::parseBoolean).orElse(false);
  }

  /**
   * Whether the demo school's first start also makes a term of fictional cases ({@code
   * BEACON_DEMO_CASES}): yes in demo mode unless set to false (tests that count cases on a demo
   * database turn it off); never outside demo mode.
   */
  public boolean demoCases() {
    return demoCases(demo(), text(DEMO_CASES));
  }

  /** The rule above: only in demo mode; there, a value given wins, otherwise yes. */
  static boolean demoCases(boolean demo, Optional<String> given) {
    return demo && given.map(Boolean::parseBoolean).orElse(true);
  }

  public Optional<String> adminPassword() {
    return text(ADMIN_PASSWORD);
  }

  /**
   * The largest model, in bytes of UTF-8, that the designer API accepts. A value that is not a
   * positive whole number falls back to the default rather than stopping the server.
   */
  /** The largest evidence file accepted ({@code BEACON_EVIDENCE_MAX_BYTES}), in bytes. */
  public long evidenceMaxBytes() {
    return text(EVIDENCE_MAX_BYTES)
        .flatMap(
            value -> {
              try {
                long bytes = Long.parseLong(value);
                return bytes > 0 ? Optional.of(bytes) : Optional.<Long>empty();
              } catch (NumberFormatException e) {
                return Optional.<Long>empty();
              }
            })
        .orElse(DEFAULT_EVIDENCE_MAX_BYTES);
  }

  public int modelsMaxBytes() {
    return text(MODELS_MAX_BYTES)
        .flatMap(
            value -> {
              try {
                int bytes = Integer.parseInt(value);
                return bytes > 0 ? Optional.of(bytes) : Optional.empty();
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            })
        .orElse(DEFAULT_MODELS_MAX_BYTES);
  }

  /**
   * Whether models deployed through the designer API may run scripts, Java classes, connectors and
   * resources from outside Beacon. Off unless an administrator turns it on.
   */
  public boolean modelsAllowScripts() {
    return text(MODELS_ALLOW_SCRIPTS).map(Boolean::parseBoolean).orElse(false);
  }

  /**
   * Whether the benchmark endpoint ({@code /api/bench}) answers. Off unless set: it lets an
   * administrator start process instances in bulk, which only a benchmark database should see.
   */
  public boolean bench() {
    return text(BENCH).map(Boolean::parseBoolean).orElse(false);
  }

  /**
   * How many failed sign-ins from one client address within 15 minutes lock that address for 15
   * minutes (back-off starts at three tenths of it): 100 unless set. A school whose staff all sign
   * in through one router address may need more; a value that is not a whole number above 9 falls
   * back to the default.
   */
  public int signInAddressLock() {
    return text(SIGN_IN_ADDRESS_LOCK)
        .flatMap(
            value -> {
              try {
                int failures = Integer.parseInt(value);
                return failures >= 10 ? Optional.of(failures) : Optional.empty();
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            })
        .orElse(100);
  }

  /**
   * A setting that may be absent: the single sign-on settings ({@code BEACON_OIDC_*}) are read
   * through this, and {@code SchoolSignInSettings} decides what their absence means.
   */
  public Optional<String> optional(String key) {
    return text(key);
  }

  /**
   * Whether people with the roles dsl, head, chair and admin must sign in with a second factor
   * ({@code BEACON_2FA_REQUIRED}). When not given: yes, except in demo mode, where the demo users
   * keep signing in with their password alone (and with HTTP Basic).
   */
  public boolean twoFactorRequired() {
    return twoFactorRequired(text(TWO_FACTOR_REQUIRED), demo());
  }

  /** The rule above: a value given wins; otherwise on, unless in demo mode. */
  static boolean twoFactorRequired(Optional<String> given, boolean demo) {
    return given.map(Boolean::parseBoolean).orElse(!demo);
  }

  /**
   * The key that seals two-factor secrets in the database ({@code BEACON_2FA_KEY}): 32 bytes in
   * Base64 (for example {@code openssl rand -base64 32}). Empty when not given: secrets are then
   * stored as they are.
   */
  public Optional<String> twoFactorKey() {
    return text(TWO_FACTOR_KEY);
  }

  private Optional<String> text(String key) {
    return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
  }
}
