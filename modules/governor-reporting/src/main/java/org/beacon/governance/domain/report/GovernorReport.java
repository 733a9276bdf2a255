package org.beacon.governance.domain.report;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.beacon.governance.domain.figures.PublishedFigures;

/**
 * An anonymised report to the governing body: its figures as published when it was drawn up (or
 * last refreshed while still a draft), the DSL's commentary, the head's review and a governor's
 * acknowledgement, after which nothing in it changes.
 */
@Entity
@Table(name = "gov_report")
public class GovernorReport {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gov_report_seq")
  @SequenceGenerator(name = "gov_report_seq", sequenceName = "gov_report_seq", allocationSize = 1)
  private Long id;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private ReportKind kind;

  @Column(name = "schedule_key", length = 40, updatable = false)
  private String scheduleKey;

  @Column(nullable = false, length = 200, updatable = false)
  private String title;

  @Column(name = "period_from", nullable = false, updatable = false)
  private Instant periodFrom;

  @Column(name = "period_to", nullable = false, updatable = false)
  private Instant periodTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ReportStatus status = ReportStatus.DRAFT;

  @Column(nullable = false)
  private int revision = 1;

  @Column(name = "requested_by", length = 100, updatable = false)
  private String requestedBy;

  @Column(name = "generated_at", nullable = false)
  private Instant generatedAt;

  @Column(length = 4000)
  private String commentary;

  @Column(name = "commentary_by", length = 100)
  private String commentaryBy;

  @Column(name = "commentary_at")
  private Instant commentaryAt;

  @Column(name = "review_note", length = 2000)
  private String reviewNote;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "governor_comments", length = 2000)
  private String governorComments;

  @Column(name = "acknowledged_by", length = 100)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @ElementCollection
  @CollectionTable(name = "gov_report_line", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "position")
  private List<ReportLine> lines = new ArrayList<>();

  protected GovernorReport() {}

  /**
   * A report drawn up now.
   *
   * @param scheduleKey the schedule's key (e.g. 2026-autumn), null for a report asked for
   * @param requestedBy who asked for it, null when the schedule drew it up
   */
  public GovernorReport(
      ReportKind kind,
      String scheduleKey,
      String title,
      Instant periodFrom,
      Instant periodTo,
      String requestedBy,
      Instant generatedAt,
      PublishedFigures figures) {
    if (!periodFrom.isBefore(periodTo)) {
      throw new IllegalArgumentException("A report's period must end after it starts");
    }
    this.kind = Objects.requireNonNull(kind);
    this.scheduleKey = scheduleKey;
    this.title = Objects.requireNonNull(title);
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.requestedBy = requestedBy;
    this.generatedAt = Objects.requireNonNull(generatedAt);
    this.lines = new ArrayList<>(ReportLines.of(figures));
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** New figures for a draft; a report under review or acknowledged keeps the figures it has. */
  public void refresh(PublishedFigures figures, Instant at) {
    require(
        ReportStatus.DRAFT,
        "Only a draft's figures can be refreshed; this report is " + describe());
    this.lines.clear();
    this.lines.addAll(ReportLines.of(figures));
    this.generatedAt = at;
    this.revision++;
  }

  public void writeCommentary(String commentary, String by, Instant at) {
    require(
        ReportStatus.DRAFT,
        "The commentary is written while the report is a draft; it is " + describe());
    this.commentary = commentary;
    this.commentaryBy = by;
    this.commentaryAt = at;
    this.status = ReportStatus.IN_REVIEW;
  }

  /** The head sends the report to the governors. */
  public void approve(String note, String by, Instant at) {
    require(ReportStatus.IN_REVIEW, "Only a report in review can be approved; it is " + describe());
    review(note, by, at);
    this.status = ReportStatus.AWAITING_ACKNOWLEDGEMENT;
  }

  /** The head sends the report back to the DSL. */
  public void returnToDsl(String note, String by, Instant at) {
    require(ReportStatus.IN_REVIEW, "Only a report in review can be returned; it is " + describe());
    review(note, by, at);
    this.status = ReportStatus.DRAFT;
  }

  /** A governor acknowledges the report: from now on it is a fixed record. */
  public void acknowledge(String comments, String by, Instant at) {
    require(
        ReportStatus.AWAITING_ACKNOWLEDGEMENT,
        "Only a report the head approved can be acknowledged; it is " + describe());
    this.governorComments = comments;
    this.acknowledgedBy = by;
    this.acknowledgedAt = at;
    this.status = ReportStatus.ACKNOWLEDGED;
  }

  private void review(String note, String by, Instant at) {
    this.reviewNote = note;
    this.reviewedBy = by;
    this.reviewedAt = at;
  }

  private void require(ReportStatus wanted, String message) {
    if (status != wanted) {
      throw new ReportStateException(message);
    }
  }

  private String describe() {
    return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  public boolean acknowledged() {
    return status == ReportStatus.ACKNOWLEDGED;
  }

  /** The figures as published, rebuilt from the stored lines. */
  public PublishedFigures figures() {
    return ReportLines.figures(lines);
  }

  public Long id() {
    return id;
  }

  /** The business key of the report's process, e.g. {@code REPORT-12}. */
  public String reference() {
    return "REPORT-" + id;
  }

  public ReportKind kind() {
    return kind;
  }

  public String scheduleKey() {
    return scheduleKey;
  }

  public String title() {
    return title;
  }

  public Instant periodFrom() {
    return periodFrom;
  }

  public Instant periodTo() {
    return periodTo;
  }

  public ReportStatus status() {
    return status;
  }

  public int revision() {
    return revision;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant generatedAt() {
    return generatedAt;
  }

  public String commentary() {
    return commentary;
  }

  public String commentaryBy() {
    return commentaryBy;
  }

  public Instant commentaryAt() {
    return commentaryAt;
  }

  public String reviewNote() {
    return reviewNote;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public String governorComments() {
    return governorComments;
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public List<ReportLine> lines() {
    return List.copyOf(lines);
  }
}
