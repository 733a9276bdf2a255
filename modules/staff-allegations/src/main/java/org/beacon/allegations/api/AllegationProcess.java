package org.beacon.allegations.api;

/**
 * The contract between the staff-allegation model ({@code
 * bpmn/staff-allegations/StaffAllegationProcess.bpmn}) and the allegations module's code: the
 * process key, the steps code refers to, and the variables code sets or reads. Form fields the
 * model declares only for the record (who called the police, the LADO's advice, ...) are the
 * model's own business and are not listed here.
 *
 * <p>The flow also starts on the message {@code Msg_AllegationRaised} (platform {@code Messages}),
 * which the incident flow throws when illegal material involves a member of staff.
 */
public final class AllegationProcess {

  /** Process definition key; the business key of each instance is the allegation's reference. */
  public static final String KEY = "StaffAllegationProcess";

  /** The DMN decision holding the local-procedure deadlines and retention periods. */
  public static final String DEADLINES_DECISION = "AllegationDeadlines";

  // Steps code and tests refer to.
  /** The case manager records the LADO consultation; no investigation step comes before it. */
  public static final String TASK_RECORD_LADO_OUTCOME = "Task_RecordLadoOutcome";

  /** The referral to the LADO, due one working day after the allegation was raised. */
  public static final String TASK_REFER_TO_LADO = "Task_ReferToLado";

  /** The boundary timer on {@link #TASK_REFER_TO_LADO}. */
  public static final String TIMER_LADO_REFERRAL_DUE = "Timer_LadoReferralDue";

  // The boundary timers of the other deadlines (rows of DEADLINES_DECISION): when one fires, its
  // step stays open and is offered to the next role of the stand-in chain as well.
  /** The suspension letter, one working day after the suspension was approved. */
  public static final String TIMER_SUSPENSION_LETTER_DUE = "Timer_SuspensionLetterDue";

  /** The letter after an instant suspension (child abuse images), one working day. */
  public static final String TIMER_INSTANT_SUSPENSION_LETTER_DUE =
      "Timer_InstantSuspensionLetterDue";

  /** The investigation report, 10 working days by default. */
  public static final String TIMER_INVESTIGATION_REPORT_DUE = "Timer_InvestigationReportDue";

  /** The decision on a disciplinary hearing, 2 working days after the report by default. */
  public static final String TIMER_HEARING_DECISION_DUE = "Timer_HearingDecisionDue";

  /** The hearing, 15 working days after the decision to hold one by default. */
  public static final String TIMER_HEARING_DUE = "Timer_HearingDue";

  /** The DBS referral, one month after the outcome (on a working day). */
  public static final String TIMER_DBS_REFERRAL_DUE = "Timer_DbsReferralDue";

  // Set when the allegation is raised (by the API, or from the incident's message).
  /** Long: the allegation's id. */
  public static final String ALLEGATION_ID = "allegationId";

  /** String: the readable reference, e.g. ALG-2026-0001 (also the business key). */
  public static final String REFERENCE = "reference";

  /** Date: when the allegation was raised. */
  public static final String RAISED_AT = "raisedAt";

  /**
   * Date: when the one-working-day clock of the LADO referral started: when the allegation was
   * raised, or when a pattern of low-level concerns was found to meet the harm threshold.
   */
  public static final String REFERRAL_CLOCK_STARTED_AT = "referralClockStartedAt";

  /** Boolean: the accused is the headteacher; the chair of governors is then case manager. */
  public static final String ACCUSED_IS_HEAD = "accusedIsHead";

  /** Boolean: the accused is a teacher (Teaching Regulation Agency referral). */
  public static final String ACCUSED_IS_TEACHER = "accusedIsTeacher";

  /** String: the candidate group of the case manager's tasks, {@code head} or {@code chair}. */
  public static final String CASE_MANAGER_GROUP = "caseManagerGroup";

  /** Boolean: a child is in immediate danger; the police are contacted first. */
  public static final String IMMEDIATE_DANGER = "immediateDanger";

  /**
   * Boolean: child abuse images were found with the member of staff (seed 003). The flow opens, at
   * once and in parallel, the case manager's instant suspension and the police referral; the LADO
   * referral runs as always.
   */
  public static final String CHILD_ABUSE_IMAGES = "childAbuseImages";

  // Set and read by the steps.
  /** Boolean: any limb of the harm threshold is met. */
  public static final String THRESHOLD_MET = "thresholdMet";

  /** Long: low-level concerns about the same person in the last 12 months, this one included. */
  public static final String LOW_LEVEL_CONCERN_COUNT = "lowLevelConcernCount";

  /** Boolean: enough low-level concerns for the DSL to review the pattern. */
  public static final String PATTERN_REVIEW_NEEDED = "patternReviewNeeded";

  /** String: police, strategyDiscussion, internalInvestigation or noFurtherAction. */
  public static final String LADO_OUTCOME = "ladoOutcome";

  /** String: substantiated, unsubstantiated, unfounded, false or malicious. */
  public static final String OUTCOME = "outcome";

  /** String: referToDbs, removeFromRecord or retainRecord; what the outcome leads to. */
  public static final String CONSEQUENCE = "consequence";

  private AllegationProcess() {}
}
