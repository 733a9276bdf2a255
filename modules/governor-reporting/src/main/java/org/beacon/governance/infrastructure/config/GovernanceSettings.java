package org.beacon.governance.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.beacon.governance.application.ReviewNotice;
import org.beacon.governance.domain.term.TermDates;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The school's governance settings, read through MicroProfile Config (an environment variable wins
 * over a system property, which wins over the default):
 *
 * <ul>
 *   <li>{@code BEACON_TERM_ENDS} ({@code beacon.term.ends}): when terms end, e.g. {@value
 *       TermDates#DEFAULT_TERM_ENDS}; add {@code spring=2027-03-26} for a year that differs.
 *   <li>{@code BEACON_ANNUAL_REPORT_TERM} ({@code beacon.annual.report.term}): the term whose end
 *       also brings the annual report, default {@value TermDates#DEFAULT_ANNUAL_TERM}.
 *   <li>{@code BEACON_POLICY_REVIEW_NOTICE_DAYS} ({@code beacon.policy.review.notice.days}): how
 *       many days before a policy's review date the DSL's review task opens, default {@value
 *       ReviewNotice#DEFAULT_DAYS}.
 * </ul>
 *
 * The term dates are named {@code governanceTermDates} for expressions in models. They are read
 * once; a change takes effect at the next start.
 */
@ApplicationScoped
public class GovernanceSettings {

  static final String TERM_ENDS = "beacon.term.ends";
  static final String ANNUAL_TERM = "beacon.annual.report.term";
  static final String REVIEW_NOTICE = "beacon.policy.review.notice.days";
  private static final Logger LOG = Logger.getLogger(GovernanceSettings.class.getName());

  private TermDates termDates;

  @Produces
  @Named("governanceTermDates")
  TermDates termDates() {
    return read();
  }

  @Produces
  ReviewNotice reviewNotice() {
    String days =
        config()
            .getOptionalValue(REVIEW_NOTICE, String.class)
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .orElse(null);
    if (days == null) {
      return new ReviewNotice(ReviewNotice.DEFAULT_DAYS);
    }
    try {
      return new ReviewNotice(Integer.parseInt(days));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "BEACON_POLICY_REVIEW_NOTICE_DAYS must be a whole number of days, not '" + days + "'");
    }
  }

  private synchronized TermDates read() {
    if (termDates == null) {
      Config config = config();
      String ends =
          config
              .getOptionalValue(TERM_ENDS, String.class)
              .filter(s -> !s.isBlank())
              .orElse(TermDates.DEFAULT_TERM_ENDS);
      String annual =
          config.getOptionalValue(ANNUAL_TERM, String.class).orElse(TermDates.DEFAULT_ANNUAL_TERM);
      try {
        termDates = TermDates.parse(ends, annual);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "BEACON_TERM_ENDS / BEACON_ANNUAL_REPORT_TERM: " + e.getMessage(), e);
      }
      LOG.info(
          () ->
              "Governor reports follow the term ends "
                  + ends
                  + "; the annual report follows "
                  + termDates.annualTerm());
    }
    return termDates;
  }

  private static Config config() {
    return ConfigProvider.getConfig(GovernanceSettings.class.getClassLoader());
  }
}
