package org.beacon.governance.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One stored line of a report's figures, as published: the exact counts behind a suppressed cell
 * are never stored, so a report cannot leak what it does not hold.
 */
@Embeddable
public class ReportLine {

  /** Which part of a module's figures a line belongs to. */
  public enum Section {
    TOTAL,
    COUNT,
    TIMING,
    DEADLINE
  }

  @Column(nullable = false, length = 60)
  private String module;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Section section;

  @Column(nullable = false, length = 100)
  private String measure;

  @Column(nullable = false, length = 300)
  private String category;

  @Column(name = "count_value")
  private Long countValue;

  @Column(name = "hours")
  private Double hours;

  @Column(nullable = false, length = 40)
  private String shown;

  @Column(length = 20)
  private String suppression;

  protected ReportLine() {}

  public ReportLine(
      String module,
      Section section,
      String measure,
      String category,
      Long countValue,
      Double hours,
      String shown,
      String suppression) {
    this.module = module;
    this.section = section;
    this.measure = measure;
    this.category = category;
    this.countValue = countValue;
    this.hours = hours;
    this.shown = shown;
    this.suppression = suppression;
  }

  public String module() {
    return module;
  }

  public Section section() {
    return section;
  }

  public String measure() {
    return measure;
  }

  public String category() {
    return category;
  }

  public Long countValue() {
    return countValue;
  }

  public Double hours() {
    return hours;
  }

  public String shown() {
    return shown;
  }

  public String suppression() {
    return suppression;
  }
}
