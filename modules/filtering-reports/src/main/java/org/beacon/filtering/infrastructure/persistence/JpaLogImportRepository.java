package org.beacon.filtering.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beacon.filtering.domain.FilteringReference;
import org.beacon.filtering.domain.FlaggedLine;
import org.beacon.filtering.domain.LogImport;
import org.beacon.filtering.domain.LogImportRepository;
import org.beacon.filtering.domain.LogReview;

/**
 * Imports, log reviews and flagged lines in the shared database, tables {@code flt_log_*}, {@code
 * flt_flagged_line}.
 */
@ApplicationScoped
public class JpaLogImportRepository implements LogImportRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public LogImport add(LogImport logImport) {
    em.persist(logImport);
    return logImport;
  }

  @Override
  public Optional<LogImport> findByHash(String contentHash) {
    return em.createQuery("select i from LogImport i where i.contentHash = :hash", LogImport.class)
        .setParameter("hash", contentHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<LogImport> list(int first, int max) {
    return em.createQuery(
            "select i from LogImport i where i.contentHash is not null order by i.importedAt desc, i.id desc",
            LogImport.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<LogReview> findReview(String userName, LocalDate day) {
    return em.createQuery(
            "select r from LogReview r where r.userName = :user and r.day = :day", LogReview.class)
        .setParameter("user", userName)
        .setParameter("day", day)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<LogReview> findReview(long id) {
    return Optional.ofNullable(em.find(LogReview.class, id));
  }

  @Override
  public Optional<LogReview> findReviewByReference(String reference) {
    return FilteringReference.parse(FilteringReference.LOG_REVIEW, reference)
        .flatMap(ref -> findReview(ref.id()).filter(r -> r.reference().equals(ref.toString())));
  }

  @Override
  public LogReview addReview(LogReview review) {
    em.persist(review);
    return review;
  }

  @Override
  public Set<String> fingerprints(long reviewId) {
    return new HashSet<>(
        em.createQuery(
                "select l.fingerprint from FlaggedLine l where l.reviewId = :review", String.class)
            .setParameter("review", reviewId)
            .getResultList());
  }

  /**
   * Writes the lines and lets go of them, so a long import does not fill the persistence context.
   */
  @Override
  public void addLine(FlaggedLine line) {
    addLines(List.of(line));
  }

  @Override
  public void addLines(List<FlaggedLine> lines) {
    lines.forEach(em::persist);
    em.flush();
    lines.forEach(em::detach);
  }

  @Override
  public List<FlaggedLine> lines(long reviewId, int first, int max) {
    return em.createQuery(
            "select l from FlaggedLine l where l.reviewId = :review order by l.requestedAt, l.lineNumber, l.id",
            FlaggedLine.class)
        .setParameter("review", reviewId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countReviewsSince(Instant since) {
    return Queries.count(em, "select count(r) from LogReview r", "r.createdAt", since);
  }
}
