package org.beacon.records.api;

/** The contract between the models in {@code bpmn/school-records/} and the module's code. */
public final class RecordsProcesses {

  /**
   * Asks everyone concerned to sign a newly approved version of an agreement: started by the
   * message {@code Msg_PolicyVersionApproved}; business key {@code AGR-<policyId>-V<version>}.
   */
  public static final String AGREEMENT_RENEWAL_KEY = "AgreementRenewalProcess";

  /** Each year the office asks parents to renew photo and image consent. */
  public static final String PHOTO_CONSENT_RENEWAL_KEY = "PhotoConsentRenewalProcess";

  /** Each day: pupils who have left, whose images the office must delete. */
  public static final String LEAVER_IMAGES_KEY = "LeaverImagesProcess";

  /**
   * Reminds a person and the DSL four weeks before a training record expires; key {@code TRN-<id>}.
   */
  public static final String TRAINING_REMINDER_KEY = "TrainingReminderProcess";

  /** Ends the reminder of an older record when the same person records the same course again. */
  public static final String MSG_TRAINING_RENEWED = "Msg_TrainingRenewed";

  /** String: the agreement staff are asked to sign, e.g. {@code staff-aup}; null when none. */
  public static final String AGREEMENT_CODE = "agreementCode";

  /** String: that agreement's title, shown on the task. */
  public static final String AGREEMENT_TITLE = "agreementTitle";

  /**
   * String, one username a line: who must sign in Beacon (every member of staff when the version
   * was approved).
   */
  public static final String SIGNERS = "signers";

  /** String: one signer, the element of the multi-instance signing task. */
  public static final String SIGNER = "signer";

  /** Date: when signatures are due. */
  public static final String SIGN_BY = "signBy";

  /**
   * String: the titles of agreements pupils, parents or community users sign on paper; blank when
   * none.
   */
  public static final String PAPER_AGREEMENTS = "paperAgreements";

  /** String, one pupil reference a line: leavers whose images must be deleted. */
  public static final String LEAVERS = "leavers";

  /** String: one leaver, the element of the multi-instance deletion task. */
  public static final String PUPIL_REFERENCE = "pupilReference";

  /** String: whose training it is (their username). */
  public static final String TRAINEE = "trainee";

  /** String: the course's title. */
  public static final String COURSE_TITLE = "courseTitle";

  /** String: {@code <username>|<course code>}, what a renewal correlates on. */
  public static final String TRAINING_KEY = "trainingKey";

  /** Date: when the reminder is due. */
  public static final String REMIND_AT = "remindAt";

  /** Date: when the training stops counting. */
  public static final String EXPIRES_ON = "expiresOn";

  /**
   * A device search: the head decides, the requester records the search, material that may be
   * illegal opens an incident ({@code Msg_IncidentRequested}), the device is returned or handed to
   * the police; business key {@code DSR-<id>}.
   */
  public static final String DEVICE_SEARCH_KEY = "DeviceSearchProcess";

  /**
   * The head acknowledges a member of staff's declared connection; business key {@code CON-<id>}.
   */
  public static final String CONNECTION_KEY = "DeclaredConnectionProcess";

  /** Long: the device search's id. */
  public static final String SEARCH_ID = "searchId";

  /** Long: the declared connection's id. */
  public static final String CONNECTION_ID = "connectionId";

  /** String: the username of the member of staff who asked for the search or declared. */
  public static final String REQUESTER = "requester";

  /** String, the head's form field: {@code authorise} or {@code refuse}. */
  public static final String SEARCH_DECISION = "searchDecision";

  /** String: the head's reasons. */
  public static final String DECISION_NOTE = "decisionNote";

  /** String: who searched the device (name and role). */
  public static final String SEARCHED_BY = "searchedBy";

  /** String: the witness present at the search. */
  public static final String WITNESS = "witness";

  /** String: what was found. */
  public static final String FINDINGS = "findings";

  /** Boolean: the material found may be illegal; an incident is opened. */
  public static final String MAY_BE_ILLEGAL = "mayBeIllegal";

  /** String, form field: {@code returned} or {@code police}. */
  public static final String DEVICE_OUTCOME = "deviceOutcome";

  /** Date: the day the device was returned or handed to the police. */
  public static final String HANDED_ON = "handedOn";

  /** String: to whom the device was returned. */
  public static final String RETURNED_TO = "returnedTo";

  /** String: the police's reference when the device was handed to them. */
  public static final String POLICE_REFERENCE = "policeReference";

  /** String: the head's note on a declared connection. */
  public static final String ACKNOWLEDGEMENT_NOTE = "acknowledgementNote";

  private RecordsProcesses() {}
}
