package org.beacon.governance.api;

/**
 * The contract between the policy models ({@code
 * bpmn/governor-reporting/PolicyApprovalProcess.bpmn} and {@code PolicyReviewProcess.bpmn}) and the
 * governance module's code.
 */
public final class PolicyProcesses {

  /** A version goes to the governing body; business key {@code POLICY-<id>-V<number>}. */
  public static final String APPROVAL_KEY = "PolicyApprovalProcess";

  /**
   * The review cycle of the version in force; business key {@code POLICY-<id>}. One instance runs
   * per policy while a version is in force; the next version's approval ends it.
   */
  public static final String REVIEW_KEY = "PolicyReviewProcess";

  /** Ends a policy's running review cycle: a new version was approved. */
  public static final String MSG_SUPERSEDED = "Msg_PolicySuperseded";

  /** Long: the policy's id. */
  public static final String POLICY_ID = "policyId";

  /** String: the policy's title, shown on the forms. */
  public static final String POLICY_TITLE = "policyTitle";

  /** Integer: the version's number. */
  public static final String VERSION_NUMBER = "versionNumber";

  /** String: what the version changed, shown to the governors. */
  public static final String CHANGE_SUMMARY = "changeSummary";

  /** String: the governing body's decision on a version, {@link #APPROVE} or {@link #REJECT}. */
  public static final String VERSION_DECISION = "versionDecision";

  /** String: the governors' note on their decision (required to reject). */
  public static final String DECISION_NOTE = "decisionNote";

  /** Date: when the review task opens (the review date less the notice). */
  public static final String REVIEW_OPENS_AT = "reviewOpensAt";

  /** Date: when the review is due. */
  public static final String REVIEW_DUE = "reviewDue";

  /** String: the DSL's finding, {@link #UNCHANGED} or {@link #REVISE}. */
  public static final String REVIEW_OUTCOME = "reviewOutcome";

  /** String: the DSL's note on the review. */
  public static final String REVIEW_NOTE = "reviewNote";

  /** Date: the next review the DSL proposes, if not the cycle's. */
  public static final String NEXT_REVIEW_DATE = "nextReviewDate";

  /** Long: the review recorded. */
  public static final String REVIEW_ID = "reviewId";

  /**
   * String: the governing body's decision on an unchanged review, {@link #APPROVE} or {@link
   * #RETURN}.
   */
  public static final String REVIEW_DECISION = "reviewDecision";

  /** String: the governors' note on the review. */
  public static final String GOVERNOR_NOTE = "governorNote";

  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";
  public static final String RETURN = "return";
  public static final String UNCHANGED = "unchanged";
  public static final String REVISE = "revise";

  private PolicyProcesses() {}
}
