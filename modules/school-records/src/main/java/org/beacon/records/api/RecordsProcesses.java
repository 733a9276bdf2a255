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

  private RecordsProcesses() {}
}
