package org.beacon.platform.alerts;

import java.util.Locale;
import java.util.Optional;

/** When a recipient hears of an event: at once, or in the next morning's digest. */
public enum Delivery {
  NOW,
  DIGEST;

  /** The DMN's output value ({@code now}, {@code digest}); empty for anything else. */
  public static Optional<Delivery> fromId(Object value) {
    if (!(value instanceof String text)) {
      return Optional.empty();
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "now" -> Optional.of(NOW);
      case "digest" -> Optional.of(DIGEST);
      default -> Optional.empty();
    };
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
