package org.beacon.allegations.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.beacon.platform.api.SchoolTime;

/**
 * An allegation against a member of staff (KCSIE Part 4): who is accused, what is alleged, and the
 * decisions the case manager, the DSL and the LADO took on it. Every form entry is also kept in the
 * engine's history, from which the chronology is read; this record holds what the procedure needs
 * to know at a glance and what outlives the process.
 */
@Entity
@Table(name = "alg_allegation")
public class Allegation {

  private static final ZoneId SCHOOL_ZONE = SchoolTime.ZONE;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alg_allegation_seq")
  @SequenceGenerator(
      name = "alg_allegation_seq",
      sequenceName = "alg_allegation_seq",
      allocationSize = 1)
  private Long id;

  /** The random part of the reference, e.g. K7Q2MX; unique. */
  @Column(name = "code", nullable = false, updatable = false, length = 18, unique = true)
  private String code;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  /** The Beacon user who recorded it; null when the incident flow raised it. */
  @Column(name = "raised_by", length = 100, updatable = false)
  private String raisedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private AllegationSource source;

  @Column(name = "source_id", updatable = false)
  private Long sourceId;

  @Column(name = "source_reference", length = 50, updatable = false)
  private String sourceReference;

  @Embedded private AccusedStaff accused;

  @Embedded private Reporter reporter;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "what_happened", length = 4000)
  private String whatHappened;

  @Column(name = "immediate_danger", nullable = false)
  private boolean immediateDanger;

  @Column(name = "child_abuse_images", nullable = false)
  private boolean childAbuseImages;

  @ElementCollection
  @CollectionTable(name = "alg_allegation_child", joinColumns = @JoinColumn(name = "allegation_id"))
  @OrderColumn(name = "position")
  private List<InvolvedChild> children = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AllegationStatus status = AllegationStatus.RAISED;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Embedded
  @AttributeOverride(name = "harmedChild", column = @Column(name = "threshold_harmed_child"))
  @AttributeOverride(
      name = "possibleOffence",
      column = @Column(name = "threshold_possible_offence"))
  @AttributeOverride(name = "riskOfHarm", column = @Column(name = "threshold_risk_of_harm"))
  @AttributeOverride(name = "unsuitable", column = @Column(name = "threshold_unsuitable"))
  private ThresholdAssessment threshold;

  @Column(name = "harm_threshold_met")
  private Boolean harmThresholdMet;

  @Column(name = "low_level_concern", nullable = false)
  private boolean lowLevelConcern;

  @Column(name = "low_level_concern_count")
  private Integer lowLevelConcernCount;

  @Column(name = "lado_referred_at")
  private Instant ladoReferredAt;

  @Column(name = "lado_name", length = 200)
  private String ladoName;

  @Column(name = "lado_reference", length = 100)
  private String ladoReference;

  @Column(name = "lado_consulted_on")
  private LocalDate ladoConsultedOn;

  @Column(name = "lado_advice", length = 4000)
  private String ladoAdvice;

  @Enumerated(EnumType.STRING)
  @Column(name = "lado_outcome", length = 30)
  private LadoOutcome ladoOutcome;

  @Column(name = "suspension_recommended")
  private Boolean suspensionRecommended;

  @Column(name = "suspension_approved")
  private Boolean suspensionApproved;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Outcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "employment_outcome", length = 20)
  private EmploymentOutcome employmentOutcome;

  @Column(name = "personnel_record_removed_on")
  private LocalDate personnelRecordRemovedOn;

  @Column(name = "retain_until")
  private LocalDate retainUntil;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected Allegation() {}

  /** A new allegation; it gets its id, and so its reference, when the repository stores it. */
  public Allegation(
      String raisedBy,
      Instant raisedAt,
      AllegationSource source,
      Long sourceId,
      String sourceReference,
      AccusedStaff accused,
      Reporter reporter,
      Instant occurredAt,
      String whatHappened,
      List<InvolvedChild> children,
      boolean immediateDanger) {
    this.raisedBy = raisedBy;
    this.code = AllegationReference.newCode();
    this.raisedAt = Objects.requireNonNull(raisedAt);
    this.source = Objects.requireNonNull(source);
    this.sourceId = sourceId;
    this.sourceReference = sourceReference;
    this.accused = Objects.requireNonNull(accused);
    this.reporter = reporter == null ? Reporter.anonymous() : reporter;
    this.occurredAt = occurredAt;
    this.whatHappened = whatHappened;
    this.children = new ArrayList<>(children);
    this.immediateDanger = immediateDanger;
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** What the DSL established about an allegation the incident flow raised. */
  public void completeDetails(
      boolean accusedIsHead,
      StaffRole role,
      String whatHappened,
      List<InvolvedChild> children,
      boolean immediateDanger) {
    this.accused = accused.withPost(accusedIsHead, role);
    this.whatHappened = whatHappened;
    if (!children.isEmpty()) {
      this.children = new ArrayList<>(children);
    }
    this.immediateDanger = immediateDanger;
  }

  /**
   * Whether child abuse images were found with the member of staff (seed 003): the flow then
   * suspends at once and refers to the police, beside the LADO referral.
   */
  public void recordChildAbuseImages(boolean found) {
    this.childAbuseImages = found;
  }

  /** The case manager's assessment against the four limbs of the harm threshold. */
  public void assess(HarmThreshold assessment) {
    this.threshold = ThresholdAssessment.of(assessment);
    this.harmThresholdMet = assessment.met();
    this.lowLevelConcern = !assessment.met();
    this.status =
        assessment.met() ? AllegationStatus.LADO_REFERRAL_DUE : AllegationStatus.LOW_LEVEL_CONCERN;
  }

  /**
   * How many low-level concerns about the same person the last twelve months hold, this one
   * included.
   */
  public void countLowLevelConcerns(int inWindow) {
    this.lowLevelConcernCount = inWindow;
  }

  /** The DSL found that the pattern of low-level concerns meets the harm threshold. */
  public void patternMeetsThreshold() {
    this.harmThresholdMet = true;
    this.status = AllegationStatus.LADO_REFERRAL_DUE;
  }

  public void referredToLado(Instant at) {
    this.ladoReferredAt = at;
    this.status = AllegationStatus.REFERRED_TO_LADO;
  }

  public void recordLadoConsultation(
      String name,
      String ladoReference,
      LocalDate consultedOn,
      String advice,
      LadoOutcome outcome) {
    this.ladoName = name;
    this.ladoReference = ladoReference;
    this.ladoConsultedOn = consultedOn;
    this.ladoAdvice = advice;
    this.ladoOutcome = Objects.requireNonNull(outcome);
    this.status = AllegationStatus.IN_PROGRESS;
  }

  /** The suspension considered; {@code approved} is null until the case manager decides. */
  public void recordSuspension(boolean recommended, Boolean approved) {
    this.suspensionRecommended = recommended;
    this.suspensionApproved = recommended ? approved : null;
  }

  /** The outcome, and what it leads to. */
  public Consequence recordOutcome(Outcome outcome, EmploymentOutcome employment) {
    this.outcome = Objects.requireNonNull(outcome);
    this.employmentOutcome = Objects.requireNonNull(employment);
    this.status = AllegationStatus.OUTCOME_RECORDED;
    return Consequence.of(outcome, employment);
  }

  /** A false or malicious allegation left the personnel record on this day. */
  public void removedFromPersonnelRecord(LocalDate on) {
    this.personnelRecordRemovedOn = on;
  }

  public void retainUntil(LocalDate date) {
    this.retainUntil = date;
  }

  public void close(Instant at) {
    this.status = AllegationStatus.CLOSED;
    this.closedAt = at;
  }

  /** The day the allegation was raised, in school time. */
  public LocalDate raisedOn() {
    return raisedAt.atZone(SCHOOL_ZONE).toLocalDate();
  }

  public Long id() {
    return id;
  }

  /** The readable reference, e.g. ALG-2026-K7Q2MX. */
  public String reference() {
    return AllegationReference.of(raisedAt, code).toString();
  }

  /** The random part of the reference. */
  public String code() {
    return code;
  }

  /** Another code, when the one drawn is taken already (before the allegation is stored). */
  public void drawAnotherCode() {
    if (id != null) {
      throw new IllegalStateException("A stored allegation keeps its reference");
    }
    this.code = AllegationReference.newCode();
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public String raisedBy() {
    return raisedBy;
  }

  public AllegationSource source() {
    return source;
  }

  public Long sourceId() {
    return sourceId;
  }

  public String sourceReference() {
    return sourceReference;
  }

  public AccusedStaff accused() {
    return accused;
  }

  /** Who made the allegation; empty when anonymous (the database then holds no reporter at all). */
  public Reporter reporter() {
    return reporter == null ? Reporter.anonymous() : reporter;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String whatHappened() {
    return whatHappened;
  }

  public boolean immediateDanger() {
    return immediateDanger;
  }

  public boolean childAbuseImages() {
    return childAbuseImages;
  }

  public List<InvolvedChild> children() {
    return List.copyOf(children);
  }

  public AllegationStatus status() {
    return status;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public HarmThreshold threshold() {
    return threshold == null ? null : threshold.toHarmThreshold();
  }

  public Boolean harmThresholdMet() {
    return harmThresholdMet;
  }

  public boolean lowLevelConcern() {
    return lowLevelConcern;
  }

  public Integer lowLevelConcernCount() {
    return lowLevelConcernCount;
  }

  public Instant ladoReferredAt() {
    return ladoReferredAt;
  }

  public String ladoName() {
    return ladoName;
  }

  public String ladoReference() {
    return ladoReference;
  }

  public LocalDate ladoConsultedOn() {
    return ladoConsultedOn;
  }

  public String ladoAdvice() {
    return ladoAdvice;
  }

  public LadoOutcome ladoOutcome() {
    return ladoOutcome;
  }

  public Boolean suspensionRecommended() {
    return suspensionRecommended;
  }

  public Boolean suspensionApproved() {
    return suspensionApproved;
  }

  public Outcome outcome() {
    return outcome;
  }

  public EmploymentOutcome employmentOutcome() {
    return employmentOutcome;
  }

  public LocalDate personnelRecordRemovedOn() {
    return personnelRecordRemovedOn;
  }

  public LocalDate retainUntil() {
    return retainUntil;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
