package org.beacon.platform.config;

import java.nio.file.Path;
import java.util.Locale;

/** The databases Beacon runs on; the JDBC URL decides which one. */
public enum DatabaseKind {
  H2,
  POSTGRESQL;

  public static DatabaseKind of(String jdbcUrl) {
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (url.startsWith("jdbc:h2:")) {
      return H2;
    }
    throw new IllegalArgumentException(
        "Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): " + withoutSecrets(jdbcUrl));
  }

  /** The URL without parameters or user information, which may carry a password. */
  static String withoutSecrets(String jdbcUrl) {
    return jdbcUrl.split("[;?]")[0].replaceAll("//[^/@]*@", "//");
  }

  /**
   * The embedded database file. WRITE_DELAY=0 writes every commit through to the file, so that a
   * killed process keeps what it acknowledged.
   */
  static String h2FileUrl(Path dataDirectory) {
    return "jdbc:h2:file:"
        + dataDirectory.resolve("beacon")
        + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
  }
}
