package org.beacon.governance.domain.policy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy in the register: what it is, how often it is reviewed, every version ever submitted, and
 * every review of the version in force.
 */
@Entity
@Table(name = "gov_policy")
public class Policy {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gov_policy_seq")
  @SequenceGenerator(name = "gov_policy_seq", sequenceName = "gov_policy_seq", allocationSize = 1)
  private Long id;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private PolicyKind kind;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_cycle", nullable = false, length = 20)
  private ReviewCycle reviewCycle;

  @Column(name = "created_by", nullable = false, length = 100, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "current_version")
  private Integer currentVersion;

  @Column(name = "next_review_due")
  private LocalDate nextReviewDue;

  @Column(name = "review_opened_at")
  private Instant reviewOpenedAt;

  @Column(name = "last_reviewed_on")
  private LocalDate lastReviewedOn;

  @OneToMany(mappedBy = "policy", cascade = CascadeType.PERSIST)
  @OrderBy("number")
  private List<PolicyVersion> versions = new ArrayList<>();

  @OneToMany(mappedBy = "policy", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<PolicyReview> reviews = new ArrayList<>();

  protected Policy() {}

  public Policy(
      PolicyKind kind, String title, ReviewCycle reviewCycle, String createdBy, Instant createdAt) {
    this.kind = Objects.requireNonNull(kind);
    this.title = Objects.requireNonNull(title);
    this.reviewCycle = Objects.requireNonNull(reviewCycle);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** A new version, waiting for the governing body; one at a time. */
  public PolicyVersion submit(NewVersion submitted, String by, Instant at) {
    if (pending().isPresent()) {
      throw new PolicyStateException(
          "Version "
              + pending().get().number()
              + " is still waiting for the governing body; it is decided first");
    }
    if (reviewCycle == ReviewCycle.FIXED_DATE && submitted.nextReviewDate() == null) {
      throw new PolicyStateException(
          "This policy is reviewed on a date set with each version: give nextReviewDate");
    }
    PolicyVersion version = new PolicyVersion(this, versions.size() + 1, submitted, by, at);
    versions.add(version);
    return version;
  }

  /**
   * The governing body approved the version: it is in force from now on, the one before is
   * superseded, and the next review is due by the cycle (or the date the version set).
   */
  public void approve(PolicyVersion version, String by, Instant at, String note, LocalDate today) {
    requireOwn(version);
    version.decide(VersionStatus.APPROVED, by, at, note);
    current().filter(v -> v != version).ifPresent(PolicyVersion::supersede);
    currentVersion = version.number();
    nextReviewDue = reviewCycle.nextReview(today, version.nextReviewDate());
    reviewOpenedAt = null;
  }

  public void reject(PolicyVersion version, String by, Instant at, String note) {
    requireOwn(version);
    version.decide(VersionStatus.REJECTED, by, at, note);
  }

  /** The review of the version in force has opened: the DSL has it in their task list. */
  public void reviewOpened(Instant at) {
    if (reviewOpenedAt == null) {
      reviewOpenedAt = at;
    }
  }

  /** The DSL's finding on the version in force. */
  public PolicyReview review(
      PolicyReview.Outcome outcome,
      String note,
      LocalDate proposedNextReview,
      String by,
      Instant at) {
    if (currentVersion == null) {
      throw new PolicyStateException("A policy without an approved version has nothing to review");
    }
    PolicyReview review =
        new PolicyReview(this, currentVersion, outcome, note, proposedNextReview, by, at);
    reviews.add(review);
    return review;
  }

  /** The governing body approved an unchanged review: the next review is due by the cycle. */
  public void approveReview(
      PolicyReview review, String by, Instant at, String note, LocalDate today) {
    requireOwn(review);
    review.decide(PolicyReview.Decision.APPROVED, by, at, note);
    lastReviewedOn = today;
    nextReviewDue = reviewCycle.nextReview(today, review.proposedNextReview());
    reviewOpenedAt = null;
  }

  public void returnReview(PolicyReview review, String by, Instant at, String note) {
    requireOwn(review);
    review.decide(PolicyReview.Decision.RETURNED, by, at, note);
  }

  public void rename(String title) {
    this.title = Objects.requireNonNull(title);
  }

  private void requireOwn(Object part) {
    boolean own =
        part instanceof PolicyVersion v
            ? v.policy() == this
            : part instanceof PolicyReview r && r.policy() == this;
    if (!own) {
      throw new IllegalArgumentException("Not a version or review of policy " + id);
    }
  }

  public Optional<PolicyVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  public Optional<PolicyVersion> current() {
    return currentVersion == null ? Optional.empty() : version(currentVersion);
  }

  public Optional<PolicyVersion> pending() {
    return versions.stream().filter(v -> v.status() == VersionStatus.PENDING).findFirst();
  }

  public Optional<PolicyReview> reviewById(long reviewId) {
    return reviews.stream().filter(r -> r.id() != null && r.id() == reviewId).findFirst();
  }

  /** The business key of the policy's review cycle, e.g. {@code POLICY-3}. */
  public String reference() {
    return "POLICY-" + id;
  }

  public Long id() {
    return id;
  }

  public PolicyKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public ReviewCycle reviewCycle() {
    return reviewCycle;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Integer currentVersion() {
    return currentVersion;
  }

  public LocalDate nextReviewDue() {
    return nextReviewDue;
  }

  public Instant reviewOpenedAt() {
    return reviewOpenedAt;
  }

  public LocalDate lastReviewedOn() {
    return lastReviewedOn;
  }

  public List<PolicyVersion> versions() {
    return List.copyOf(versions);
  }

  public List<PolicyReview> reviews() {
    return List.copyOf(reviews);
  }
}
