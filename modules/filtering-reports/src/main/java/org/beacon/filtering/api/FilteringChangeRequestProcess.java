package org.beacon.filtering.api;

/**
 * The contract between {@code bpmn/filtering-reports/FilteringChangeRequestProcess.bpmn} and the
 * code. A request proposed through the API starts with {@link #CHANGE_REQUEST_ID} set; one raised
 * from a report (a call activity) starts without it and asks {@code technical} to propose it.
 */
public final class FilteringChangeRequestProcess {

  /** Process definition key; the business key is the change request's reference once proposed. */
  public static final String KEY = "FilteringChangeRequestProcess";

  /** Long: the change request's id, set once it has been proposed. */
  public static final String CHANGE_REQUEST_ID = "changeRequestId";

  /** String: its reference, e.g. FCR-2026-0001. */
  public static final String REFERENCE = "reference";

  /** String: the URL or pattern to test again once applied. */
  public static final String TEST_URL = "testUrl";

  /** Long: the report that raised the request, if any. */
  public static final String REPORT_ID = "reportId";

  /** String: that report's reference. */
  public static final String REPORT_REFERENCE = "reportReference";

  /** String: block or allow, as the report's assessment asks. */
  public static final String PROPOSED_ACTION = "proposedAction";

  /** String: the pattern the report suggests (its URL's domain). */
  public static final String SUGGESTED_PATTERN = "suggestedPattern";

  // The proposal form.
  public static final String PATTERN_TYPE = "patternType";
  public static final String PATTERN = "pattern";
  public static final String ACTION = "action";
  public static final String REASON = "reason";
  public static final String SCOPE = "scope";
  public static final String YEAR_GROUPS = "yearGroups";

  /** String, the second person's decision: approve or reject. */
  public static final String DECISION = "decision";

  /** String: why; required for a rejection. */
  public static final String DECISION_REASON = "decisionReason";

  /** String: the filtering product's reference of the change. */
  public static final String FILTER_REFERENCE = "filterReference";

  /** String: when it was applied (ISO date-time, school time); now when empty. */
  public static final String APPLIED_AT = "appliedAt";

  /** String: asExpected or notAsExpected. */
  public static final String VERIFICATION_RESULT = "verificationResult";

  public static final String VERIFICATION_NOTE = "verificationNote";

  /** String, handed back to a report: approved or rejected. */
  public static final String CHANGE_OUTCOME = "changeOutcome";

  private FilteringChangeRequestProcess() {}
}
