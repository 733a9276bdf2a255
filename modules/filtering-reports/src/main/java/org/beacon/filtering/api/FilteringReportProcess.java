package org.beacon.filtering.api;

/**
 * The contract between {@code bpmn/filtering-reports/FilteringReportProcess.bpmn} and the code: the
 * process key and the variables the code sets or reads. Another module opens a report by throwing
 * {@link org.beacon.platform.api.Messages#FILTERING_REPORT_REQUESTED}; the model's message start
 * event catches it.
 */
public final class FilteringReportProcess {

  /** Process definition key; the business key of each instance is the report's reference. */
  public static final String KEY = "FilteringReportProcess";

  /** Long: the report's id. */
  public static final String REPORT_ID = "reportId";

  /** String: the readable reference, e.g. FLT-2026-0001 (also the business key). */
  public static final String REFERENCE = "reference";

  /** String: underblocking or overblocking. */
  public static final String KIND = "kind";

  /** Boolean: the reporter believes the content may be illegal; the DSL is asked at once. */
  public static final String POTENTIALLY_ILLEGAL = "potentiallyIllegal";

  /** String: the first URL reported, or empty. */
  public static final String URL = "url";

  /** String, the DSL's assessment: potentiallyIllegal, block, allow or noAction. */
  public static final String ASSESSMENT = "assessment";

  /** String: the DSL's note on the assessment. */
  public static final String ASSESSMENT_NOTE = "assessmentNote";

  /** String: why nothing is done, required for noAction. */
  public static final String CLOSE_REASON = "closeReason";

  /** String: the domain of the URL, offered as the pattern of a change request. */
  public static final String SUGGESTED_PATTERN = "suggestedPattern";

  /** String: iwf, ceop or police. */
  public static final String REPORTED_TO = "reportedTo";

  /** String: the IWF, CEOP or police reference. */
  public static final String EXTERNAL_REFERENCE = "externalReference";

  /** String, from the change request: approved or rejected. */
  public static final String CHANGE_OUTCOME = "changeOutcome";

  /** String, from the change request: its reference, e.g. FCR-2026-0001. */
  public static final String CHANGE_REFERENCE = "changeReference";

  private FilteringReportProcess() {}
}
