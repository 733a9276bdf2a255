package org.beacon.filtering.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report of an unsuitable site (seed 000 §6.1, §13.2; seed 001 "Filtering internet access"): the
 * URL, when it was seen, what the content was, who found it and on what device, and what the school
 * did about it.
 */
@Entity
@Table(name = "flt_report")
public class FilteringReport {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flt_report_seq")
  @SequenceGenerator(name = "flt_report_seq", sequenceName = "flt_report_seq", allocationSize = 1)
  private Long id;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private Instant reportedAt;

  /** Null when another module's flow opened the report. */
  @Column(name = "reported_by", length = 100, updatable = false)
  private String reportedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReportKind kind;

  @Column(name = "seen_at")
  private Instant seenAt;

  @Column(nullable = false, length = 4000)
  private String content;

  @Column(name = "found_by", length = 200)
  private String foundBy;

  @Column(length = 200)
  private String device;

  @Column(name = "user_account", length = 100)
  private String userAccount;

  @Column(name = "potentially_illegal", nullable = false)
  private boolean potentiallyIllegal;

  @Column(name = "source_type", length = 40)
  private String sourceType;

  @Column(name = "source_id", length = 64)
  private String sourceId;

  @Column(name = "source_reference", length = 64)
  private String sourceReference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReportStatus status = ReportStatus.OPEN;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Assessment assessment;

  @Column(name = "assessment_note", length = 2000)
  private String assessmentNote;

  @Column(name = "assessed_by", length = 100)
  private String assessedBy;

  @Column(name = "assessed_at")
  private Instant assessedAt;

  @Column(name = "reported_to", length = 20)
  private String reportedTo;

  @Column(name = "external_reference", length = 200)
  private String externalReference;

  @Column(name = "externally_reported_at")
  private Instant externallyReportedAt;

  @Column(name = "change_reference", length = 30)
  private String changeReference;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private ReportOutcome outcome;

  @Column(name = "close_reason", length = 2000)
  private String closeReason;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @ElementCollection
  @CollectionTable(name = "flt_report_url", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "position")
  @Column(name = "url", nullable = false, length = 2000)
  private List<String> urls = new ArrayList<>();

  protected FilteringReport() {}

  /**
   * A report made by someone through the API.
   *
   * @param details what they reported
   */
  public FilteringReport(String reportedBy, Instant reportedAt, Details details) {
    this.reportedBy = Objects.requireNonNull(reportedBy);
    this.reportedAt = Objects.requireNonNull(reportedAt);
    this.kind = Objects.requireNonNull(details.kind());
    this.urls = new ArrayList<>(details.urls());
    this.seenAt = details.seenAt();
    this.content = Objects.requireNonNull(details.content());
    this.foundBy = details.foundBy();
    this.device = details.device();
    this.userAccount = details.userAccount();
    this.potentiallyIllegal = details.potentiallyIllegal();
  }

  /** A report another case's flow opened, e.g. an incident whose content got past the filter. */
  public static FilteringReport openedBy(
      String sourceType,
      String sourceId,
      String sourceReference,
      Instant at,
      List<String> urls,
      String content) {
    FilteringReport report = new FilteringReport();
    report.reportedAt = Objects.requireNonNull(at);
    report.kind = ReportKind.UNDERBLOCKING;
    report.urls = new ArrayList<>(urls);
    report.content = content;
    report.sourceType = sourceType;
    report.sourceId = sourceId;
    report.sourceReference = sourceReference;
    return report;
  }

  /**
   * What a reporter says.
   *
   * @param kind under- or over-blocking
   * @param urls the addresses (at least one through the API)
   * @param seenAt when the site was seen
   * @param content what the content was
   * @param foundBy who found it
   * @param device the device it was found on
   * @param userAccount the account that was signed in
   * @param potentiallyIllegal the reporter believes the content may be illegal
   */
  public record Details(
      ReportKind kind,
      List<String> urls,
      Instant seenAt,
      String content,
      String foundBy,
      String device,
      String userAccount,
      boolean potentiallyIllegal) {}

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void assess(Assessment assessment, String note, String by, Instant at) {
    if (!assessment.fits(kind)) {
      throw new IllegalArgumentException(
          assessment.id() + " does not fit a report of " + kind.id());
    }
    this.assessment = assessment;
    this.assessmentNote = note;
    this.assessedBy = by;
    this.assessedAt = at;
    if (assessment != Assessment.NO_ACTION) {
      status = ReportStatus.IN_PROGRESS;
    }
  }

  /** The potentially illegal content was reported to the IWF, CEOP or the police. */
  public void reportedExternally(String to, String reference, Instant at) {
    this.reportedTo = to;
    this.externalReference = reference;
    this.externallyReportedAt = at;
    if (assessment == null) {
      assessment = Assessment.POTENTIALLY_ILLEGAL;
    }
    status = ReportStatus.IN_PROGRESS;
  }

  /** The change request this report raised. */
  public void changeRequested(String changeReference) {
    this.changeReference = changeReference;
  }

  public void close(ReportOutcome outcome, String reason, Instant at) {
    this.outcome = Objects.requireNonNull(outcome);
    this.closeReason = reason;
    this.closedAt = at;
    this.status = ReportStatus.CLOSED;
  }

  public Long id() {
    return id;
  }

  /** The readable reference, e.g. FLT-2026-0001; the report must have been stored. */
  public String reference() {
    if (id == null) {
      throw new IllegalStateException("The report has no number until it is stored");
    }
    return FilteringReference.of(FilteringReference.REPORT, reportedAt, id).toString();
  }

  /** The first URL, if any. */
  public String url() {
    return urls.isEmpty() ? null : urls.get(0);
  }

  public List<String> urls() {
    return List.copyOf(urls);
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public ReportKind kind() {
    return kind;
  }

  public Instant seenAt() {
    return seenAt;
  }

  public String content() {
    return content;
  }

  public String foundBy() {
    return foundBy;
  }

  public String device() {
    return device;
  }

  public String userAccount() {
    return userAccount;
  }

  public boolean potentiallyIllegal() {
    return potentiallyIllegal;
  }

  public String sourceType() {
    return sourceType;
  }

  public String sourceId() {
    return sourceId;
  }

  public String sourceReference() {
    return sourceReference;
  }

  public ReportStatus status() {
    return status;
  }

  public Assessment assessment() {
    return assessment;
  }

  public String assessmentNote() {
    return assessmentNote;
  }

  public String assessedBy() {
    return assessedBy;
  }

  public Instant assessedAt() {
    return assessedAt;
  }

  public String reportedTo() {
    return reportedTo;
  }

  public String externalReference() {
    return externalReference;
  }

  public Instant externallyReportedAt() {
    return externallyReportedAt;
  }

  public String changeReference() {
    return changeReference;
  }

  public ReportOutcome outcome() {
    return outcome;
  }

  public String closeReason() {
    return closeReason;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String processInstanceId() {
    return processInstanceId;
  }
}
