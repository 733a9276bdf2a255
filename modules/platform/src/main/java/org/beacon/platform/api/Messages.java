package org.beacon.platform.api;

/**
 * BPMN messages by which one module's flow starts another's. Business modules never depend on each
 * other; they agree on these names and variables here, in the shared kernel.
 */
public final class Messages {

  /**
   * Starts the staff-allegation flow: thrown by the incident flow when illegal material involves a
   * member of staff, once per person named, so that one message opens one allegation about one
   * person. Variables: {@link #SOURCE_TYPE}, {@link #SOURCE_ID}, {@link #SOURCE_REFERENCE}, {@link
   * #STAFF_REFERENCE}.
   */
  public static final String ALLEGATION_RAISED = "Msg_AllegationRaised";

  /**
   * Opens a filtering report: thrown by the incident flow when inappropriate content got past the
   * filter. Variables: {@link #SOURCE_TYPE}, {@link #SOURCE_ID}, {@link #SOURCE_REFERENCE}, {@link
   * #URLS}.
   */
  public static final String FILTERING_REPORT_REQUESTED = "Msg_FilteringReportRequested";

  /**
   * A policy version was approved by the governing body and is now in force: thrown at the end of
   * the policy approval flow; starts the school records' agreement renewal, which asks everyone
   * bound by that policy to sign the new version. Variables: {@link #POLICY_ID}, {@link
   * #POLICY_KIND}, {@link #POLICY_TITLE}, {@link #POLICY_VERSION}.
   */
  public static final String POLICY_VERSION_APPROVED = "Msg_PolicyVersionApproved";

  /**
   * Opens an e-safety incident: thrown by the school records' device search flow when the material
   * found may be illegal; the incidents module's message start records the incident through its own
   * reporting service and starts the incident response flow. Variables: {@link #SOURCE_TYPE},
   * {@link #SOURCE_ID}, {@link #SOURCE_REFERENCE}, {@link #PUPIL_REFERENCE}, {@link #YEAR_GROUP},
   * {@link #DEVICE}, {@link #DEVICE_OWNERSHIP}, {@link #DESCRIPTION}, {@link #REPORTED_BY}, {@link
   * #OCCURRED_AT}.
   */
  public static final String INCIDENT_REQUESTED = "Msg_IncidentRequested";

  /** String: the pupil the case is about, by the school's pupil reference (never a name). */
  public static final String PUPIL_REFERENCE = "pupilReference";

  /** String: the pupil's year group, e.g. Year 9. */
  public static final String YEAR_GROUP = "yearGroup";

  /** String: the device concerned, as described (e.g. a pupil's phone, its make and colour). */
  public static final String DEVICE = "device";

  /** String: who owns the device: {@code school} or {@code personal}. */
  public static final String DEVICE_OWNERSHIP = "deviceOwnership";

  /** String: what happened or was found, in words. */
  public static final String DESCRIPTION = "description";

  /** String: the username of the member of staff the new case is reported by. */
  public static final String REPORTED_BY = "reportedBy";

  /** Date: when it happened or was found. */
  public static final String OCCURRED_AT = "occurredAt";

  /** Long: the id of the policy in the governor-reporting policy register. */
  public static final String POLICY_ID = "policyId";

  /** String: the policy's kind in the register, e.g. {@code staff-aup}. */
  public static final String POLICY_KIND = "policyKind";

  /** String: the policy's title. */
  public static final String POLICY_TITLE = "policyTitle";

  /** Integer: the number of the version now in force. */
  public static final String POLICY_VERSION = "policyVersion";

  /** The kind of case that threw the message, e.g. {@code incident}. */
  public static final String SOURCE_TYPE = "sourceType";

  /** The id of the case that threw the message. */
  public static final String SOURCE_ID = "sourceId";

  /** The readable reference of the case that threw the message, e.g. {@code INC-2026-0001}. */
  public static final String SOURCE_REFERENCE = "sourceReference";

  /**
   * The one member of staff a message is about: a username, or a name as reported (which may hold a
   * comma, e.g. "Smith, John"); never split. Blank when the case names no one.
   */
  public static final String STAFF_REFERENCE = "staffReference";

  /**
   * Earlier messages' name for the person concerned. Read as {@link #STAFF_REFERENCE} (one person,
   * never split) when a sender still sets it; new senders set {@link #STAFF_REFERENCE}.
   */
  public static final String STAFF_REFERENCES = "staffReferences";

  /** URLs concerned, one per line. */
  public static final String URLS = "urls";

  private Messages() {}
}
