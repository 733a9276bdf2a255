package org.beacon.filtering.api;

/**
 * The contract between {@code bpmn/filtering-reports/FilteringLogReviewProcess.bpmn} and the code:
 * one instance per user and day with flagged lines in an imported filter log.
 */
public final class FilteringLogReviewProcess {

  /** Process definition key; the business key is the review's reference, e.g. FLR-2026-0001. */
  public static final String KEY = "FilteringLogReviewProcess";

  /** Long: the log review's id. */
  public static final String LOG_REVIEW_ID = "logReviewId";

  public static final String REFERENCE = "reference";

  /** String: the user as the log names them. */
  public static final String LOG_USER = "logUser";

  /** String: the school day, YYYY-MM-DD. */
  public static final String LOG_DAY = "logDay";

  /** String: what was flagged, in one line. */
  public static final String FLAGGED_SUMMARY = "flaggedSummary";

  /** String: noConcern or followedUp. */
  public static final String OUTCOME = "outcome";

  public static final String ACTION_TAKEN = "actionTaken";

  private FilteringLogReviewProcess() {}
}
