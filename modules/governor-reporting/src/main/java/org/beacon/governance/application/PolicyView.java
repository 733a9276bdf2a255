package org.beacon.governance.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.beacon.governance.domain.policy.Policy;
import org.beacon.governance.domain.policy.PolicyReview;
import org.beacon.governance.domain.policy.PolicyVersion;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A policy as a reader gets it, read while the transaction is open.
 *
 * @param reviewOpen the DSL's review task is open
 * @param versions the versions the reader may see, oldest first; null in lists
 * @param reviews the reviews of versions in force; null in lists and for staff
 */
public record PolicyView(
    long id,
    String reference,
    String kind,
    String title,
    String reviewCycle,
    Integer currentVersion,
    LocalDate nextReviewDue,
    boolean reviewOpen,
    Instant reviewOpenedAt,
    LocalDate lastReviewedOn,
    List<Version> versions,
    List<Review> reviews) {

  static PolicyView summary(Policy policy) {
    return of(policy, null, null);
  }

  static PolicyView of(Policy policy, Caller caller) {
    boolean oversees = GovernanceAccess.leadsSafeguarding(caller) || caller.has(Role.GOVERNOR);
    return of(
        policy,
        policy.versions().stream()
            .filter(v -> GovernanceAccess.readsVersion(caller, v.status()))
            .map(v -> Version.of(v, false))
            .toList(),
        oversees ? policy.reviews().stream().map(Review::of).toList() : null);
  }

  private static PolicyView of(Policy policy, List<Version> versions, List<Review> reviews) {
    return new PolicyView(
        policy.id(),
        policy.reference(),
        policy.kind().id(),
        policy.title(),
        policy.reviewCycle().id(),
        policy.currentVersion(),
        policy.nextReviewDue(),
        policy.reviewOpenedAt() != null,
        policy.reviewOpenedAt(),
        policy.lastReviewedOn(),
        versions,
        reviews);
  }

  /**
   * One version.
   *
   * @param content text or file
   * @param text the text, when asked for one version of a text policy; null otherwise
   */
  public record Version(
      int number,
      String status,
      String author,
      LocalDate date,
      String changeSummary,
      LocalDate nextReviewDate,
      String content,
      String fileName,
      String contentType,
      long sizeBytes,
      Instant submittedAt,
      Instant decidedAt,
      String decisionNote,
      String text) {

    static Version of(PolicyVersion version, boolean withText) {
      boolean isText = version.contentKind() == PolicyVersion.ContentKind.TEXT;
      return new Version(
          version.number(),
          version.status().name().toLowerCase(Locale.ROOT),
          version.author(),
          version.versionDate(),
          version.changeSummary(),
          version.nextReviewDate(),
          isText ? "text" : "file",
          version.fileName(),
          version.contentType(),
          version.sizeBytes(),
          version.submittedAt(),
          version.decidedAt(),
          version.decisionNote(),
          withText && isText ? version.content().text() : null);
    }
  }

  /** A review of the version then in force. */
  @Schema(name = "PolicyReview")
  public record Review(
      int versionNumber,
      String outcome,
      String note,
      LocalDate proposedNextReview,
      Instant reviewedAt,
      String decision,
      Instant decidedAt,
      String decisionNote) {

    static Review of(PolicyReview review) {
      return new Review(
          review.versionNumber(),
          review.outcome().name().toLowerCase(Locale.ROOT),
          review.note(),
          review.proposedNextReview(),
          review.reviewedAt(),
          review.decision() == null ? null : review.decision().name().toLowerCase(Locale.ROOT),
          review.decidedAt(),
          review.decisionNote());
    }
  }
}
