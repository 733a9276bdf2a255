package org.beacon.filtering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A check that the filtering works, as the DfE filtering and monitoring standards expect it
 * recorded: when, who, on what device, what was tested, the result and the action taken.
 */
@Entity
@Table(name = "flt_check")
public class FilteringCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flt_check_seq")
  @SequenceGenerator(name = "flt_check_seq", sequenceName = "flt_check_seq", allocationSize = 1)
  private Long id;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  @Column(name = "checked_by", nullable = false, length = 200)
  private String checkedBy;

  @Column(nullable = false, length = 200)
  private String device;

  @Column(nullable = false, length = 2000)
  private String tested;

  @Column(nullable = false)
  private boolean passed;

  @Column(name = "result_detail", length = 2000)
  private String resultDetail;

  @Column(name = "action_taken", length = 2000)
  private String actionTaken;

  @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected FilteringCheck() {}

  public FilteringCheck(
      Instant checkedAt,
      String checkedBy,
      String device,
      String tested,
      boolean passed,
      String resultDetail,
      String actionTaken,
      String recordedBy,
      Instant recordedAt) {
    this.checkedAt = Objects.requireNonNull(checkedAt);
    this.checkedBy = Objects.requireNonNull(checkedBy);
    this.device = Objects.requireNonNull(device);
    this.tested = Objects.requireNonNull(tested);
    this.passed = passed;
    this.resultDetail = resultDetail;
    this.actionTaken = actionTaken;
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.recordedAt = Objects.requireNonNull(recordedAt);
  }

  public Long id() {
    return id;
  }

  public Instant checkedAt() {
    return checkedAt;
  }

  public String checkedBy() {
    return checkedBy;
  }

  public String device() {
    return device;
  }

  public String tested() {
    return tested;
  }

  public boolean passed() {
    return passed;
  }

  public String resultDetail() {
    return resultDetail;
  }

  public String actionTaken() {
    return actionTaken;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
