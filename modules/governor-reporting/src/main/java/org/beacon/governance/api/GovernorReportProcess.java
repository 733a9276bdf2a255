package org.beacon.governance.api;

/**
 * The contract between the report model ({@code
 * bpmn/governor-reporting/GovernorReportProcess.bpmn}) and the governance module's code: the
 * process key and the variables the code sets or reads.
 */
public final class GovernorReportProcess {

  /** Process definition key; the business key of a report's instance is {@code REPORT-<id>}. */
  public static final String KEY = "GovernorReportProcess";

  /**
   * Starts a report on demand, with the variables below: the model's daily timer start event leaves
   * it no plain start event.
   */
  public static final String MSG_REPORT_REQUESTED = "Msg_GovernorReportRequested";

  // Set when a report is asked for, or by the daily check when one is due.
  /** Date: the first instant of the period. */
  public static final String PERIOD_FROM = "periodFrom";

  /** Date: the first instant after the period. */
  public static final String PERIOD_TO = "periodTo";

  /** String: term, annual or on-demand. */
  public static final String REPORT_KIND = "reportKind";

  /** String: the schedule's key, e.g. 2026-autumn; absent on demand. */
  public static final String SCHEDULE_KEY = "scheduleKey";

  /** String: e.g. "Autumn term 2026". */
  public static final String REPORT_TITLE = "reportTitle";

  /** String: username of whoever asked for it; absent for the schedule. */
  public static final String REQUESTED_BY = "requestedBy";

  // Set when the report is drawn up.
  /** Long: the report's id. */
  public static final String REPORT_ID = "reportId";

  // Set by the daily check.
  /** Boolean: a term or annual report is due and this instance draws it up. */
  public static final String REPORT_DUE = "reportDue";

  // The forms.
  /** String: the DSL's commentary for the governors. */
  public static final String COMMENTARY = "commentary";

  /** String: the head's decision, {@link #APPROVE} or {@link #RETURN}. */
  public static final String REVIEW_DECISION = "reviewDecision";

  /** String: the head's note (required when returning the report). */
  public static final String REVIEW_NOTE = "reviewNote";

  /** Boolean: the governor acknowledges the report. */
  public static final String ACKNOWLEDGED = "acknowledged";

  /** String: the governor's comments, if any. */
  public static final String GOVERNOR_COMMENTS = "governorComments";

  public static final String APPROVE = "approve";
  public static final String RETURN = "return";

  private GovernorReportProcess() {}
}
