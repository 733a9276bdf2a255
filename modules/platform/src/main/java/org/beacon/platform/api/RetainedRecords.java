package org.beacon.platform.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The records a business module keeps under the school's retention schedule ({@code
 * bpmn/platform/RetentionSchedule.dmn}), and how it disposes of one. The platform's nightly
 * disposal review ({@code RecordDisposalProcess}) lists every module's records whose date has
 * passed; once the DSL approves, it calls {@link #dispose} and then removes what the platform holds
 * about the case itself (evidence files, the people it names, the engine's history, the audit rows
 * about it), leaving one audit tombstone.
 *
 * <p>Implementations are CDI beans, one per module.
 */
public interface RetainedRecords {

  /** The module's name, e.g. {@code allegations}. */
  String module();

  /**
   * The module's closed cases, each with the day it may be disposed of (computed through {@link
   * RetentionSchedule}). Open cases are never listed: nothing is disposed of while its flow runs.
   */
  List<RetainedRecord> closed();

  /**
   * Deletes the case with this reference and every row of the module's own tables about it, in the
   * caller's transaction. Unknown references are ignored (a second approval disposes of nothing).
   */
  void dispose(String reference);

  /**
   * A closed case and its retention date.
   *
   * @param process the key of the process that ran the case (its evidence files and the people it
   *     names are kept under it)
   * @param reference the case's reference, the business key of its process instances
   * @param recordClass the schedule's record class, e.g. {@code allegation}
   * @param outcome the schedule's outcome, e.g. {@code malicious}
   * @param keepUntil the day after which it may be disposed of; null when the schedule cannot tell
   *     (a fact it needs is unknown): such a record is never listed as due
   */
  record RetainedRecord(
      String process, String reference, String recordClass, String outcome, LocalDate keepUntil) {}
}
