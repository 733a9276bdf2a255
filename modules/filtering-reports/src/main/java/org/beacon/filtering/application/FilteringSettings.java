package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.beacon.platform.api.SchoolTime;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The filtering module's settings, read through MicroProfile Config (an environment variable such
 * as {@code BEACON_FILTERING_REVIEW_CYCLE} wins). Named {@code filteringSettings} for the models:
 * the review's timer start event reads {@code ${filteringSettings.reviewCycle}}.
 */
@ApplicationScoped
@Named("filteringSettings")
public class FilteringSettings {

  public static final String REVIEW_CYCLE = "beacon.filtering.review.cycle";
  public static final String BLOCKED_THRESHOLD = "beacon.filtering.blocked.threshold";
  public static final String LINES_PER_REVIEW = "beacon.filtering.lines.per.review";

  static final String DEFAULT_REVIEW_CYCLE = "R/P12M";
  static final int DEFAULT_BLOCKED_THRESHOLD = 5;
  static final int DEFAULT_LINES_PER_REVIEW = 200;

  /** Local times and log days are the school's. */
  public static final ZoneId SCHOOL_ZONE = SchoolTime.ZONE;

  private static final Logger LOG = Logger.getLogger(FilteringSettings.class.getName());

  /**
   * How often the filtering review starts by itself: an ISO 8601 repeating interval, default {@code
   * R/P12M} (every 12 months). A bare period such as {@code P6M} is taken as {@code R/P6M};
   * anything else falls back to the default, with a warning.
   */
  public String getReviewCycle() {
    String text = text(REVIEW_CYCLE).orElse(DEFAULT_REVIEW_CYCLE).toUpperCase(Locale.ROOT);
    String period = text.startsWith("R/") ? text.substring(2) : text;
    if (positivePeriod(period)) {
      return "R/" + period;
    }
    LOG.warning(
        () ->
            REVIEW_CYCLE
                + "="
                + text
                + " is not a period such as R/P12M; using "
                + DEFAULT_REVIEW_CYCLE);
    return DEFAULT_REVIEW_CYCLE;
  }

  /** A period of months or days (P12M), or of hours and less (PT1H), longer than zero. */
  static boolean positivePeriod(String text) {
    try {
      if (text.contains("T")) {
        Duration duration = Duration.parse(text);
        return !duration.isNegative() && !duration.isZero();
      }
      Period period = Period.parse(text);
      return !period.isNegative() && !period.isZero();
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Blocked requests by one user in one day that flag them for review; default 5. */
  public int blockedThreshold() {
    return positive(BLOCKED_THRESHOLD, DEFAULT_BLOCKED_THRESHOLD);
  }

  /** Flagged lines kept per user and day; more are counted only. Default 200. */
  public int linesPerReview() {
    return positive(LINES_PER_REVIEW, DEFAULT_LINES_PER_REVIEW);
  }

  private int positive(String key, int fallback) {
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.get());
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the warning
    }
    LOG.warning(
        () -> key + "=" + text.get() + " is not a whole number of 1 or more; using " + fallback);
    return fallback;
  }

  private static Optional<String> text(String key) {
    Config config = ConfigProvider.getConfig(FilteringSettings.class.getClassLoader());
    return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
  }
}
