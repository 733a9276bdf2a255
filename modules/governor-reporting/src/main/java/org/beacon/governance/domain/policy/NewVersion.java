package org.beacon.governance.domain.policy;

import java.time.LocalDate;

/**
 * A version as submitted, already checked: either {@code text}, or a file.
 *
 * @param author who wrote it, as the policy names them (e.g. "C.Lawson")
 * @param versionDate the date on the version
 * @param changeSummary what changed
 * @param nextReviewDate when it is next to be reviewed, if set for this version
 * @param text the policy's text, or null for a file
 * @param fileName the file's name, for a file
 * @param contentType the file's media type, for a file
 * @param fileBytes the file, or null for text
 */
public record NewVersion(
    String author,
    LocalDate versionDate,
    String changeSummary,
    LocalDate nextReviewDate,
    String text,
    String fileName,
    String contentType,
    byte[] fileBytes) {

  public NewVersion {
    if ((text == null) == (fileBytes == null)) {
      throw new IllegalArgumentException("A version is either text or a file");
    }
  }
}
