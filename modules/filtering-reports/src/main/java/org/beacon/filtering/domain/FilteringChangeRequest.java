package org.beacon.filtering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An amendment to the block or allow lists, "checked and assessed prior to being released or
 * blocked" (seed 001): proposed by one person, approved or rejected by a second, applied in the
 * filtering product and tested again. Once applied it is a rule in the school's record of what is
 * blocked or allowed and why.
 */
@Entity
@Table(name = "flt_change_request")
public class FilteringChangeRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flt_change_request_seq")
  @SequenceGenerator(
      name = "flt_change_request_seq",
      sequenceName = "flt_change_request_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private Instant proposedAt;

  @Column(name = "proposed_by", nullable = false, length = 100, updatable = false)
  private String proposedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "pattern_type", nullable = false, length = 20)
  private PatternType patternType;

  @Column(nullable = false, length = 2000)
  private String pattern;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RuleAction action;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RuleScope scope;

  @Column(name = "year_groups", length = 200)
  private String yearGroups;

  @Column(name = "report_id")
  private Long reportId;

  @Column(name = "report_reference", length = 30)
  private String reportReference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ChangeStatus status = ChangeStatus.PROPOSED;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  @Column(name = "applied_by", length = 100)
  private String appliedBy;

  @Column(name = "applied_at")
  private Instant appliedAt;

  @Column(name = "filter_reference", length = 200)
  private String filterReference;

  @Column(name = "verified_by", length = 100)
  private String verifiedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "verification_note", length = 2000)
  private String verificationNote;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected FilteringChangeRequest() {}

  /**
   * @param proposal what is to change and why
   * @param reportId the report that raised it, or null
   * @param reportReference that report's reference, or null
   */
  public FilteringChangeRequest(
      String proposedBy,
      Instant proposedAt,
      Proposal proposal,
      Long reportId,
      String reportReference) {
    this.proposedBy = Objects.requireNonNull(proposedBy);
    this.proposedAt = Objects.requireNonNull(proposedAt);
    this.patternType = Objects.requireNonNull(proposal.patternType());
    this.pattern = proposal.patternType().normalise(proposal.pattern());
    this.action = Objects.requireNonNull(proposal.action());
    this.reason = Objects.requireNonNull(proposal.reason()).trim();
    this.scope = Objects.requireNonNull(proposal.scope());
    this.yearGroups =
        proposal.scope() == RuleScope.YEAR_GROUPS ? proposal.yearGroups().trim() : null;
    this.reportId = reportId;
    this.reportReference = reportReference;
  }

  /**
   * A proposed change.
   *
   * @param patternType domain, URL prefix or category
   * @param pattern what the rule matches
   * @param action block or allow
   * @param reason why
   * @param scope whom it applies to
   * @param yearGroups for {@link RuleScope#YEAR_GROUPS}: which
   */
  public record Proposal(
      PatternType patternType,
      String pattern,
      RuleAction action,
      String reason,
      RuleScope scope,
      String yearGroups) {}

  /** The proposer tried to approve or reject their own change. */
  public static final class SecondPersonRequired extends RuntimeException {
    SecondPersonRequired() {
      super(
          "You proposed this change: a second person (the DSL or the head) must approve or reject it",
          null,
          false,
          false);
    }
  }

  /** Whether this user proposed the change; usernames compare without regard to case. */
  public boolean proposedBy(String username) {
    return username != null
        && proposedBy.toLowerCase(Locale.ROOT).equals(username.trim().toLowerCase(Locale.ROOT));
  }

  /** Refuses the proposer as the second person. */
  public void requireSecondPerson(String username) {
    if (proposedBy(username)) {
      throw new SecondPersonRequired();
    }
  }

  public void approve(String by, Instant at, String reason) {
    decide(ChangeStatus.APPROVED, by, at, reason);
  }

  public void reject(String by, Instant at, String reason) {
    decide(ChangeStatus.REJECTED, by, at, reason);
  }

  private void decide(ChangeStatus outcome, String by, Instant at, String why) {
    if (status != ChangeStatus.PROPOSED) {
      throw new IllegalStateException(reference() + " was already " + status.id());
    }
    requireSecondPerson(by);
    this.status = outcome;
    this.decidedBy = Objects.requireNonNull(by);
    this.decidedAt = at;
    this.decisionReason = why;
  }

  /** Recorded as applied in the filtering product, with the product's reference. */
  public void applied(String by, Instant at, String filterReference) {
    if (status != ChangeStatus.APPROVED && status != ChangeStatus.APPLIED) {
      throw new IllegalStateException(reference() + " is " + status.id() + ", not approved");
    }
    this.status = ChangeStatus.APPLIED;
    this.appliedBy = by;
    this.appliedAt = at;
    this.filterReference = filterReference;
  }

  /** The address was tested again and behaved as the rule says. */
  public void verified(String by, Instant at, String note) {
    if (status != ChangeStatus.APPLIED) {
      throw new IllegalStateException(reference() + " is " + status.id() + ", not applied");
    }
    this.status = ChangeStatus.VERIFIED;
    this.verifiedBy = by;
    this.verifiedAt = at;
    this.verificationNote = note;
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long id() {
    return id;
  }

  /** The readable reference, e.g. FCR-2026-0001; the request must have been stored. */
  public String reference() {
    if (id == null) {
      throw new IllegalStateException("The change request has no number until it is stored");
    }
    return FilteringReference.of(FilteringReference.CHANGE_REQUEST, proposedAt, id).toString();
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public String proposedBy() {
    return proposedBy;
  }

  public PatternType patternType() {
    return patternType;
  }

  public String pattern() {
    return pattern;
  }

  public RuleAction action() {
    return action;
  }

  public String reason() {
    return reason;
  }

  public RuleScope scope() {
    return scope;
  }

  public String yearGroups() {
    return yearGroups;
  }

  public Long reportId() {
    return reportId;
  }

  public String reportReference() {
    return reportReference;
  }

  public ChangeStatus status() {
    return status;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionReason() {
    return decisionReason;
  }

  public String appliedBy() {
    return appliedBy;
  }

  public Instant appliedAt() {
    return appliedAt;
  }

  public String filterReference() {
    return filterReference;
  }

  public String verifiedBy() {
    return verifiedBy;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }

  public String verificationNote() {
    return verificationNote;
  }

  public String processInstanceId() {
    return processInstanceId;
  }
}
