package org.beacon.filtering.application;

import java.time.Instant;
import org.beacon.filtering.domain.LogImport;

/**
 * One import as listed.
 *
 * @param id its id
 * @param fileName the file's name, if given
 */
public record ImportRow(
    long id,
    Instant importedAt,
    String importedBy,
    String fileName,
    String format,
    long bytes,
    long linesRead,
    long malformed,
    long flagged,
    int tasksOpened) {

  static ImportRow of(LogImport i) {
    return new ImportRow(
        i.id(),
        i.importedAt(),
        i.importedBy(),
        i.fileName(),
        i.format(),
        i.bytes(),
        i.linesRead(),
        i.malformed(),
        i.flagged(),
        i.reviewsOpened());
  }
}
