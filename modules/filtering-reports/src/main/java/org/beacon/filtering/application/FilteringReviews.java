package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beacon.filtering.api.FilteringReviewProcess;
import org.beacon.filtering.domain.ChangeStatus;
import org.beacon.filtering.domain.FilteringChangeRequest;
import org.beacon.filtering.domain.FilteringChangeRequestRepository;
import org.beacon.filtering.domain.FilteringCheckRepository;
import org.beacon.filtering.domain.FilteringReportRepository;
import org.beacon.filtering.domain.FilteringReview;
import org.beacon.filtering.domain.FilteringReviewRepository;
import org.beacon.filtering.domain.LogImportRepository;
import org.beacon.filtering.domain.ReportKind;
import org.beacon.filtering.domain.ReportOutcome;
import org.beacon.filtering.domain.ReviewFigures;
import org.beacon.filtering.domain.RuleAction;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseHistory;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Reviews of the filtering provision: started by the model's timer or on demand, kept with their
 * figures, checklists and sign-off for governor reporting.
 */
@ApplicationScoped
public class FilteringReviews {

  static final String RESOURCE = "filtering-review";

  @Inject FilteringReviewRepository reviews;
  @Inject FilteringReportRepository reports;
  @Inject FilteringChangeRequestRepository changes;
  @Inject FilteringCheckRepository checks;
  @Inject LogImportRepository imports;
  @Inject FilteringAccess access;
  @Inject RuntimeService runtimeService;
  @Inject CaseHistory history;
  @Inject AuditLog audit;

  Clock clock = Clock.systemUTC();

  /** A review with its chronology (for those who work it). */
  record Seen(FilteringReview review, List<CaseHistory.Step> chronology) {}

  /**
   * The figures since the last signed review, for governors.
   *
   * @param since the last signed review's sign-off; null when there was none
   * @param lastReview that review's reference, or null
   */
  public record Summary(Instant since, String lastReview, ReviewFigures figures) {}

  /** Starts a review now, outside the timer's cycle. */
  @Transactional
  public FilteringCase requestReview(Caller caller) {
    access.require(
        caller,
        audit,
        "create",
        RESOURCE,
        "The DSL or the head starts a filtering review",
        Role.DSL,
        Role.HEAD);
    ProcessInstance instance =
        runtimeService.startProcessInstanceByMessage(
            FilteringReviewProcess.REQUESTED_MESSAGE,
            Map.of(FilteringReviewProcess.REQUESTED_BY, caller.username()));
    Object id = runtimeService.getVariable(instance.getId(), FilteringReviewProcess.REVIEW_ID);
    FilteringReview review =
        id instanceof Number n ? reviews.find(n.longValue()).orElseThrow() : null;
    if (review == null) {
      throw new IllegalStateException("The review flow did not open a review");
    }
    audit.allowed("create", RESOURCE, review.reference(), "on demand");
    return new FilteringCase(review.id(), review.reference());
  }

  /**
   * Opens the review record with the figures since the last signed review; the flow's first step.
   */
  @Transactional
  public FilteringReview open(String requestedBy, String processInstanceId) {
    Instant since = reviews.lastSigned().map(FilteringReview::signedAt).orElse(null);
    FilteringReview review =
        reviews.add(new FilteringReview(clock.instant(), requestedBy, since, figures(since)));
    review.startedAs(processInstanceId);
    return review;
  }

  @Transactional
  public List<ReviewDetail> list(Caller caller, int page, int size) {
    requireReader(caller, "list");
    List<FilteringReview> found = reviews.list(page * size, size);
    audit.allowed("list", RESOURCE, null, found.size() + " review(s)");
    return found.stream().map(r -> ReviewDetail.of(r, null)).toList();
  }

  @Transactional
  public ReviewDetail get(Caller caller, String idOrReference) {
    requireReader(caller, "read");
    FilteringReview review = find(idOrReference).orElse(null);
    if (review == null) {
      audit.denied("read", RESOURCE, idOrReference, "no such review");
      throw BeaconProblem.notFound("No such filtering review");
    }
    audit.allowed("read", RESOURCE, review.reference());
    boolean works = FilteringAccess.any(caller, Role.DSL, Role.HEAD, Role.TECHNICAL);
    List<CaseHistory.Step> chronology =
        works && review.processInstanceId() != null
            ? history.steps(review.processInstanceId())
            : List.of();
    return ReviewDetail.of(review, chronology.isEmpty() ? null : chronology);
  }

  @Transactional
  public Summary summary(Caller caller) {
    requireReader(caller, "read");
    Optional<FilteringReview> last = reviews.lastSigned();
    Instant since = last.map(FilteringReview::signedAt).orElse(null);
    audit.allowed("read", "filtering-summary", null);
    return new Summary(since, last.map(FilteringReview::reference).orElse(null), figures(since));
  }

  /** Counts only: no report's content, no name. */
  ReviewFigures figures(Instant since) {
    Map<ReportKind, Long> byKind = reports.countByKind(since);
    Map<ReportOutcome, Long> byOutcome = reports.countByOutcome(since);
    Map<ChangeStatus, Long> decided = changes.countDecidedSince(since);
    List<FilteringChangeRequest> inForce = changes.inForce();
    long blocking = inForce.stream().filter(c -> c.action() == RuleAction.BLOCK).count();
    return new ReviewFigures(
        byKind.getOrDefault(ReportKind.UNDERBLOCKING, 0L),
        byKind.getOrDefault(ReportKind.OVERBLOCKING, 0L),
        byOutcome.getOrDefault(ReportOutcome.REPORTED_TO_AUTHORITIES, 0L),
        decided.getOrDefault(ChangeStatus.APPLIED, 0L)
            + decided.getOrDefault(ChangeStatus.VERIFIED, 0L),
        decided.getOrDefault(ChangeStatus.REJECTED, 0L),
        blocking,
        inForce.size() - blocking,
        checks.count(since, true),
        checks.count(since, false),
        imports.countReviewsSince(since));
  }

  private void requireReader(Caller caller, String action) {
    access.require(
        caller,
        audit,
        action,
        RESOURCE,
        "Filtering reviews are for the DSL, the head, technical staff and governors",
        Role.DSL,
        Role.HEAD,
        Role.TECHNICAL,
        Role.GOVERNOR);
  }

  private Optional<FilteringReview> find(String idOrReference) {
    if (idOrReference.chars().allMatch(Character::isDigit) && idOrReference.length() < 18) {
      return reviews.find(Long.parseLong(idOrReference));
    }
    return reviews.findByReference(idOrReference.trim());
  }
}
