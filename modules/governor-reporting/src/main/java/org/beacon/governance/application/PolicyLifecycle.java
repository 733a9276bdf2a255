package org.beacon.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.beacon.governance.api.PolicyProcesses;
import org.beacon.governance.domain.policy.Policy;
import org.beacon.governance.domain.policy.PolicyRepository;
import org.beacon.governance.domain.policy.PolicyReview;
import org.beacon.governance.domain.policy.PolicyVersion;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.SchoolTime;
import org.camunda.bpm.engine.RuntimeService;

/**
 * What the policy flows do to the register: the governing body's decisions on versions and reviews,
 * and the review cycle of the version in force, from the timer to the DSL's review.
 */
@ApplicationScoped
public class PolicyLifecycle {

  @Inject PolicyRepository policies;
  @Inject RuntimeService runtimeService;
  @Inject ReviewNotice notice;
  @Inject AuditLog audit;

  /**
   * When the review task of a policy opens and when the review is due.
   *
   * @param opensAt the start of the day {@link ReviewNotice#days()} before the review date
   * @param due the start of the review date
   */
  public record ReviewDates(Date opensAt, Date due) {}

  @Transactional
  public void decideVersion(
      long policyId, int number, boolean approved, String note, String by, Instant at) {
    Policy policy = policy(policyId);
    PolicyVersion version =
        policy
            .version(number)
            .orElseThrow(
                () ->
                    new IllegalStateException("Policy " + policyId + " has no version " + number));
    if (approved) {
      policy.approve(version, by, at, note, SchoolTime.dayOf(at));
    } else {
      policy.reject(version, by, at, note);
    }
    audit.allowedInTransaction(
        approved ? "approve" : "reject", PolicyRegister.RESOURCE, version.reference(), null);
  }

  /**
   * Starts the review cycle of the version now in force, ending the one before (its timer or its
   * open review task): the new version is what that review would have led to.
   */
  @Transactional
  public void startReviewCycle(long policyId) {
    Policy policy = policy(policyId);
    ReviewDates dates = dates(policy);
    // Written before the engine calls below: a statement of ours after a nested engine call in a
    // step leaves Payara's connection pool confused.
    audit.allowedInTransaction(
        "review-scheduled",
        PolicyRegister.RESOURCE,
        policy.reference(),
        "due " + policy.nextReviewDue());
    runtimeService
        .createMessageCorrelation(PolicyProcesses.MSG_SUPERSEDED)
        .processInstanceBusinessKey(policy.reference())
        .correlateAll();
    runtimeService.startProcessInstanceByKey(
        PolicyProcesses.REVIEW_KEY,
        policy.reference(),
        Map.of(
            PolicyProcesses.POLICY_ID, policy.id(),
            PolicyProcesses.POLICY_TITLE, policy.title(),
            PolicyProcesses.VERSION_NUMBER, policy.currentVersion().longValue(),
            PolicyProcesses.REVIEW_OPENS_AT, dates.opensAt(),
            PolicyProcesses.REVIEW_DUE, dates.due()));
  }

  @Transactional
  public void openReview(long policyId, Instant at) {
    Policy policy = policy(policyId);
    policy.reviewOpened(at);
    audit.allowedInTransaction(
        "review-opened",
        PolicyRegister.RESOURCE,
        policy.reference(),
        "due " + policy.nextReviewDue());
  }

  /** The DSL's finding; returns the review's id. */
  @Transactional
  public long recordReview(
      long policyId,
      boolean unchanged,
      String note,
      LocalDate proposedNext,
      String by,
      Instant at) {
    Policy policy = policy(policyId);
    PolicyReview review =
        policy.review(
            unchanged ? PolicyReview.Outcome.UNCHANGED : PolicyReview.Outcome.REVISE,
            note,
            proposedNext,
            by,
            at);
    policies.store(policy);
    audit.allowedInTransaction(
        "review", PolicyRegister.RESOURCE, policy.reference(), unchanged ? "unchanged" : "revise");
    return review.id();
  }

  /**
   * The governing body's decision on an unchanged review; when approved, the dates of the next
   * review, else null.
   */
  @Transactional
  public ReviewDates decideReview(
      long policyId, long reviewId, boolean approved, String note, String by, Instant at) {
    Policy policy = policy(policyId);
    PolicyReview review =
        policy
            .reviewById(reviewId)
            .orElseThrow(
                () ->
                    new IllegalStateException("No review " + reviewId + " of policy " + policyId));
    audit.allowedInTransaction(
        approved ? "approve-review" : "return-review",
        PolicyRegister.RESOURCE,
        policy.reference(),
        null);
    if (!approved) {
      policy.returnReview(review, by, at, note);
      return null;
    }
    policy.approveReview(review, by, at, note, SchoolTime.dayOf(at));
    return dates(policy);
  }

  ReviewDates dates(Policy policy) {
    LocalDate due = policy.nextReviewDue();
    return new ReviewDates(
        Date.from(SchoolTime.startOf(due.minusDays(notice.days()))),
        Date.from(SchoolTime.startOf(due)));
  }

  private Policy policy(long id) {
    return policies
        .find(id)
        .orElseThrow(() -> new IllegalStateException("Policy " + id + " does not exist"));
  }
}
