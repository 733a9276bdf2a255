package org.beacon.platform.retention;

import java.time.LocalDate;

/**
 * A record listed in a disposal review.
 *
 * @param id the row's id, the review flow's element variable
 * @param module the module that keeps the record
 * @param process the key of the case's process
 * @param recordClass the schedule's record class
 * @param outcome the schedule's outcome
 * @param reference the case's reference; null once disposed of
 * @param keepUntil the date that passed
 * @param status {@code DUE}, {@code DISPOSED} or {@code KEPT}
 * @param decidedBy who decided
 */
public record DisposalItem(
    long id,
    String module,
    String process,
    String recordClass,
    String outcome,
    String reference,
    LocalDate keepUntil,
    String status,
    String decidedBy) {}
