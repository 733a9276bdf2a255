package org.beacon.platform.api;

/**
 * BPMN messages by which one module's flow starts another's. Business modules never depend on
 * each other; they agree on these names and variables here, in the shared kernel.
 */
public final class Messages {

  /**
   * Starts the staff-allegation flow: thrown by the incident flow when illegal material involves a
   * member of staff. Variables: {@link #SOURCE_TYPE}, {@link #SOURCE_ID}, {@link #SOURCE_REFERENCE},
   * {@link #STAFF_REFERENCES}.
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

  /** Staff references (usernames or names) concerned, comma separated. */
  public static final String STAFF_REFERENCES = "staffReferences";

  /** URLs concerned, one per line. */
  public static final String URLS = "urls";

  private Messages() {}
}
