package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.beacon.filtering.domain.FlaggedLine;
import org.beacon.filtering.domain.LogImportRepository;
import org.beacon.filtering.domain.LogReview;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;

/**
 * A user's flagged web use on a day, for the DSL who reviews it. It names a user and what they
 * browsed: only the DSL and the head read it, and never the user it is about.
 */
@ApplicationScoped
public class LogReviews {

  static final String RESOURCE = "filtering-log-review";

  @Inject LogImportRepository imports;
  @Inject FilteringAccess access;
  @Inject AuditLog audit;

  @Transactional
  public LogReviewDetail get(Caller caller, String idOrReference) {
    access.require(
        caller,
        audit,
        "read",
        RESOURCE,
        "Flagged web use is for the DSL and the head",
        Role.DSL,
        Role.HEAD);
    LogReview review = find(idOrReference).orElse(null);
    if (review == null || access.isReviewed(caller, review)) {
      audit.denied(
          "read", RESOURCE, idOrReference, review == null ? "no such review" : "about the caller");
      throw BeaconProblem.notFound("No such log review");
    }
    List<FlaggedLine> lines = imports.lines(review.id(), 0, Math.max(review.storedCount(), 1));
    audit.allowed("read", RESOURCE, review.reference(), lines.size() + " line(s)");
    return LogReviewDetail.of(review, lines);
  }

  private Optional<LogReview> find(String idOrReference) {
    if (idOrReference.chars().allMatch(Character::isDigit) && idOrReference.length() < 18) {
      return imports.findReview(Long.parseLong(idOrReference));
    }
    return imports.findReviewByReference(idOrReference.trim());
  }
}
