package org.beacon.filtering.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a block or allow rule matches. */
public enum PatternType {
  /** A domain and its subdomains, e.g. {@code example.com}. */
  DOMAIN("domain"),
  /** Addresses starting with a URL, e.g. {@code https://example.com/videos/}. */
  URL_PREFIX("urlPrefix"),
  /** A category of the filtering product, e.g. {@code gambling}. */
  CATEGORY("category");

  private final String id;

  PatternType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<PatternType> fromId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  /** Why the pattern is not valid for this type, or null when it is. */
  public String problemWith(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      return "is required";
    }
    return switch (this) {
      case DOMAIN -> WebAddress.isDomain(pattern) ? null : "must be a domain such as example.com";
      case URL_PREFIX ->
          WebAddress.host(pattern) != null
                  && pattern.trim().toLowerCase(Locale.ROOT).matches("https?://.*")
              ? null
              : "must be a web address starting http:// or https://";
      case CATEGORY -> pattern.trim().length() <= 100 ? null : "must be at most 100 characters";
    };
  }

  /** The pattern as stored: domains in lower case without a trailing dot, others trimmed. */
  public String normalise(String pattern) {
    String trimmed = pattern.trim();
    return switch (this) {
      case DOMAIN -> WebAddress.normaliseHost(trimmed);
      case CATEGORY -> trimmed.toLowerCase(Locale.ROOT);
      case URL_PREFIX -> trimmed;
    };
  }
}
