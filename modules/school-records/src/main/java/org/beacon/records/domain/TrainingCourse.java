package org.beacon.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A course staff take (e-safety awareness, induction, DSL training, Prevent) and how long it
 * counts.
 */
@Entity
@Table(name = "rec_course")
public class TrainingCourse {

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "validity_months", nullable = false)
  private int validityMonths;

  protected TrainingCourse() {}

  public TrainingCourse(String code, String title, int validityMonths) {
    this.code = code;
    this.title = title;
    this.validityMonths = validityMonths;
  }

  /** The day training completed on {@code completedOn} stops counting. */
  public LocalDate expiryOf(LocalDate completedOn) {
    return completedOn.plusMonths(validityMonths);
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public int validityMonths() {
    return validityMonths;
  }
}
