package org.beacon.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One person's training on one course: when, by whom, the evidence, and until when it counts. */
@Entity
@Table(name = "rec_training")
public class TrainingRecord {

  /** How long before expiry the person and the DSL are reminded. */
  public static final int REMINDER_WEEKS = 4;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_training_seq")
  @SequenceGenerator(
      name = "rec_training_seq",
      sequenceName = "rec_training_seq",
      allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 100)
  private String username;

  @Column(name = "course_code", nullable = false, length = 40)
  private String courseCode;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Column(nullable = false, length = 200)
  private String provider;

  @Column(length = 500)
  private String evidence;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected TrainingRecord() {}

  public TrainingRecord(
      String username,
      TrainingCourse course,
      LocalDate completedOn,
      String provider,
      String evidence,
      String recordedBy,
      Instant recordedAt) {
    this.username = Objects.requireNonNull(username);
    this.courseCode = course.code();
    this.completedOn = Objects.requireNonNull(completedOn);
    this.expiresOn = course.expiryOf(completedOn);
    this.provider = Objects.requireNonNull(provider);
    this.evidence = evidence;
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.recordedAt = Objects.requireNonNull(recordedAt);
  }

  /** The day the person and the DSL are reminded: four weeks before it expires. */
  public LocalDate remindOn() {
    return expiresOn.minusWeeks(REMINDER_WEEKS);
  }

  public boolean validOn(LocalDate day) {
    return !completedOn.isAfter(day) && day.isBefore(expiresOn);
  }

  /** The business key of its reminder flow. */
  public String reference() {
    return "TRN-" + id;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String courseCode() {
    return courseCode;
  }

  public LocalDate completedOn() {
    return completedOn;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public String provider() {
    return provider;
  }

  public String evidence() {
    return evidence;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
