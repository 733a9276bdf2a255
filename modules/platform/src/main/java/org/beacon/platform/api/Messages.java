package org.beacon.platform.api;

/**
 * BPMN messages by which one module's flow starts another's. Business modules never depend on
 * each other; they agree on these names and variables here, in the shared kernel.
 */
public final class Messages {

  /**
   * Starts the staff-allegation flow: thrown by the incident flow when illegal material involves a
   * member of staff, once per person named, so that one message opens one allegation about one
   * person. Variables: {@link #SOURCE_TYPE}, {@link #SOURCE_ID}, {@link #SOURCE_REFERENCE},
   * {@link #STAFF_REFERENCE}.
   */
  public static final String ALLEGATION_RAISED = "Msg_AllegationRaised";

  /**
   * Opens a filtering report: thrown by the incident flow when inappropriate content got past the
   * filter. Variables: {@link #SOURCE_TYPE}, {@link #SOURCE_ID}, {@link #SOURCE_REFERENCE},
   * {@link #URLS}.
   */
  public static final String FILTERING_REPORT_REQUESTED = "Msg_FilteringReportRequested";

  /** The kind of case that threw the message, e.g. {@code incident}. */
  public static final String SOURCE_TYPE = "sourceType";

  /** The id of the case that threw the message. */
  public static final String SOURCE_ID = "sourceId";

  /** The readable reference of the case that threw the message, e.g. {@code INC-2026-0001}. */
  public static final String SOURCE_REFERENCE = "sourceReference";

  /**
   * The one member of staff a message is about: a username, or a name as reported (which may hold
   * a comma, e.g. "Smith, John"); never split. Blank when the case names no one.
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
