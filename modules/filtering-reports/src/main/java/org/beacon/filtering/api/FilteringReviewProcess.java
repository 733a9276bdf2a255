package org.beacon.filtering.api;

/**
 * The contract between {@code bpmn/filtering-reports/FilteringReviewProcess.bpmn} and the code. The
 * review starts by its timer ({@code ${filteringSettings.reviewCycle}}) or on demand by {@link
 * #REQUESTED_MESSAGE} (Camunda allows a timer or a none start event in a process, not both).
 */
public final class FilteringReviewProcess {

  /** Process definition key; the business key is the review's reference. */
  public static final String KEY = "FilteringReviewProcess";

  /** Starts a review on demand. */
  public static final String REQUESTED_MESSAGE = "Msg_FilteringReviewRequested";

  /** String: who asked for the review; absent when the timer started it. */
  public static final String REQUESTED_BY = "requestedBy";

  /** Long: the review's id. */
  public static final String REVIEW_ID = "reviewId";

  /** String: its reference, e.g. FRV-2026-0001. */
  public static final String REFERENCE = "reference";

  /** String: the figures since the last review, shown on the checklists and the sign-off. */
  public static final String FIGURES = "reviewFigures";

  public static final String RULES_DOCUMENTED = "rulesDocumented";
  public static final String PROVIDER_EFFECTIVENESS = "providerEffectiveness";
  public static final String TECHNICAL_NOTES = "technicalNotes";
  public static final String CHECKS_REVIEWED = "checksReviewed";
  public static final String REPORTS_REVIEWED = "reportsReviewed";
  public static final String FINDINGS = "findings";
  public static final String ACTIONS_AGREED = "actionsAgreed";

  /** String, the governor's decision: sign or return. */
  public static final String SIGN_OFF = "signOff";

  public static final String GOVERNOR_COMMENTS = "governorComments";

  private FilteringReviewProcess() {}
}
