package org.beacon.filtering.application;

import java.time.LocalDate;
import java.util.List;
import org.beacon.filtering.application.logs.LogScan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What importing a filter log did.
 *
 * @param importId the import's id; null when the same file had been imported before
 * @param duplicateOf the earlier import of the same file, if any: then nothing new was stored
 * @param format squid or csv
 * @param bytes the file's size
 * @param linesRead non-blank lines, not counting a CSV header
 * @param malformed lines that are not requests in the format (counted, not fatal)
 * @param malformedLines the first of them, with what is wrong
 * @param flagged distinct lines flagged for review
 * @param duplicateLines flagged lines already kept for the same user and day
 * @param tasksOpened review tasks opened for the DSL: one per user and day not reviewed before
 * @param reviews the user-day reviews the flagged lines belong to (without the user's name)
 */
public record ImportSummary(
    Long importId,
    Long duplicateOf,
    String format,
    long bytes,
    long linesRead,
    long malformed,
    List<LogScan.Problem> malformedLines,
    long flagged,
    long duplicateLines,
    int tasksOpened,
    List<Review> reviews) {

  /**
   * @param reference e.g. FLR-2026-0001
   * @param day the school day
   * @param flagged lines flagged for it by this import
   * @param opened whether this import opened it (false: an earlier import did)
   */
  @Schema(name = "LogImportReview")
  public record Review(String reference, LocalDate day, long flagged, boolean opened) {}
}
