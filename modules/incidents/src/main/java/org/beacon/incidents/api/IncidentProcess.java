package org.beacon.incidents.api;

/**
 * The contract between the incident response model ({@code
 * bpmn/incidents/IncidentResponseProcess.bpmn}) and the incidents module's code: the process key
 * and the variables the code sets or reads. Form fields the model declares (classification, police
 * contact, evidence, ...) are the model's own business and are not listed here unless code reads
 * them.
 */
public final class IncidentProcess {

  /** Process definition key; the business key of each instance is the incident's reference. */
  public static final String KEY = "IncidentResponseProcess";

  // Set when the incident is reported.
  /** Long: the incident's id. */
  public static final String INCIDENT_ID = "incidentId";

  /** String: the readable reference, e.g. INC-2026-0001 (also the business key). */
  public static final String REFERENCE = "reference";

  /** String: the seed matrix row the reporter chose, or "other". */
  public static final String INCIDENT_TYPE = "incidentType";

  /** Boolean: a child is at immediate risk; the police contact comes first. */
  public static final String IMMEDIATE_RISK = "immediateRisk";

  /** String: why the DSL raised immediate risk after the report (set with the message). */
  public static final String IMMEDIATE_RISK_REASON = "immediateRiskReason";

  /** String: username of the DSL who raised immediate risk after the report. */
  public static final String IMMEDIATE_RISK_RAISED_BY = "immediateRiskRaisedBy";

  /** String: username of the reporter. */
  public static final String REPORTER = "reporter";

  /** String: the role the stand-in chain names after the DSL, offered an overdue triage. */
  public static final String TRIAGE_ESCALATED_TO = "triageEscalatedTo";

  // Set by the DSL's classification form.
  /** String: illegal, inappropriate or unsure. */
  public static final String CLASSIFICATION = "classification";

  /** Boolean: the incident involves a child; the child branch runs, once per pupil named. */
  public static final String INVOLVES_CHILD = "involvesChild";

  /** Boolean: the incident involves a member of staff; the staff branch runs. */
  public static final String INVOLVES_STAFF = "involvesStaff";

  /** Boolean: the incident involves content; the content branch runs. */
  public static final String INVOLVES_CONTENT = "involvesContent";

  /**
   * Boolean (per party): a repeat offence, adding the "Continued infringements" actions; worked out
   * from the party's earlier incidents within the school's window, and changed by the DSL with a
   * reason.
   */
  public static final String REPEAT_OFFENCE = "repeatOffence";

  /** String: the DSL's reason for changing the worked-out repeat offence. */
  public static final String REPEAT_OFFENCE_REASON = "repeatOffenceReason";

  /** Boolean: the repeat offence the current recommendation was made for. */
  public static final String RECOMMENDED_FOR_REPEAT = "recommendedForRepeat";

  /** String: the references of the party's earlier incidents within the window, or "none". */
  public static final String EARLIER_INCIDENTS = "earlierIncidents";

  /**
   * String (ISO period, e.g. P12M): the school's repeat-offence window (RepeatOffenceWindow.dmn).
   */
  public static final String REPEAT_OFFENCE_WINDOW = "repeatOffenceWindow";

  /**
   * String: how serious the DSL judges the incident (minor, serious, exceptional); a sanction
   * input.
   */
  public static final String SERIOUSNESS = "seriousness";

  // Set by the multi-instance steps, one value per instance.
  /**
   * String: the pupil one instance of the pupil branch decides on (the school's pupil reference).
   */
  public static final String PUPIL = "pupil";

  /** String: the member of staff one allegation is raised about (username, or name as reported). */
  public static final String STAFF_REFERENCE = "staffReference";

  /**
   * String (local input of the sanction steps): whose decision it is, a pupil's reference or staff.
   */
  public static final String PARTY = "party";

  // Set and read by the sanction steps.
  /**
   * String: every action the school's sanction decision can give, one per line (the checklist's
   * choices).
   */
  public static final String SANCTION_CHOICES = "sanctionChoices";

  /**
   * String: the actions ticked on the DSL's checklist, one per line (pre-ticked with the
   * recommendation).
   */
  public static final String ACTIONS_DECIDED = "actionsDecided";

  /** String: the actions the school's matrix recommends, joined by {@link #ACTION_SEPARATOR}. */
  public static final String RECOMMENDED_SANCTIONS = "recommendedSanctions";

  /**
   * The decision table routing each ticked action to a role and a due date
   * (IncidentActionTasks.dmn).
   */
  public static final String ACTION_TASKS_DECISION = "IncidentActionTasks";

  /** String (element of the action tasks' multi-instance): the action one task carries out. */
  public static final String ACTION = "action";

  /** String (action task form): done or waived. */
  public static final String ACTION_OUTCOME = "actionOutcome";

  /**
   * Date (action task form): the day the action was done, when not the day the task is completed.
   */
  public static final String ACTION_DONE_ON = "actionDoneOn";

  /** String (action task form): why the action was waived; required for a waiver. */
  public static final String WAIVER_REASON = "waiverReason";

  /** String: why the actions taken differ from the recommendation. */
  public static final String DIFFERENCE_REASON = "differenceReason";

  /** Separator of actions in {@link #RECOMMENDED_SANCTIONS}; no seed wording contains it. */
  public static final String ACTION_SEPARATOR = "; ";

  // Read when the incident is closed.
  /** String: what was done, for the incident log. */
  public static final String OUTCOME_SUMMARY = "outcomeSummary";

  /** Boolean: a policy or procedure is to be reviewed. */
  public static final String REVIEW_POLICY = "reviewPolicy";

  private IncidentProcess() {}
}
