package org.beacon.filtering.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Imported filter logs, the reviews they opened and the lines flagged for them. */
public interface LogImportRepository {

  LogImport add(LogImport logImport);

  Optional<LogImport> findByHash(String contentHash);

  /** Imports, newest first. */
  List<LogImport> list(int first, int max);

  Optional<LogReview> findReview(String userName, LocalDate day);

  Optional<LogReview> findReview(long id);

  Optional<LogReview> findReviewByReference(String reference);

  LogReview addReview(LogReview review);

  /** The fingerprints of the lines already kept for a review. */
  Set<String> fingerprints(long reviewId);

  /** Keeps a flagged line. */
  void addLine(FlaggedLine line);

  /**
   * Keeps a batch of flagged lines. An import adds many: each batch is written out and let go of,
   * so the lines do not pile up in memory.
   */
  void addLines(List<FlaggedLine> lines);

  /** The lines kept for a review, in log order. */
  List<FlaggedLine> lines(long reviewId, int first, int max);

  /** How many reviews were opened at or after {@code since} (null: ever). */
  long countReviewsSince(Instant since);
}
