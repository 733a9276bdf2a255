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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A parent's answers to the digital images consent form for one pupil: yes or no to each of the
 * five uses, who answered and when. Valid until the pupil leaves or the parent withdraws it; a
 * newer form replaces it. A use not consented to is refused.
 */
@Entity
@Table(name = "rec_photo_consent")
public class PhotoConsent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_photo_consent_seq")
  @SequenceGenerator(
      name = "rec_photo_consent_seq",
      sequenceName = "rec_photo_consent_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "pupil_reference", nullable = false, length = 100)
  private String pupilReference;

  @Column(name = "year_group", length = 40)
  private String yearGroup;

  @Column(nullable = false)
  private boolean prospectus;

  @Column(nullable = false)
  private boolean website;

  @Column(nullable = false)
  private boolean video;

  @Column(nullable = false)
  private boolean media;

  @Column(nullable = false)
  private boolean newsletter;

  @Column(name = "answered_by", nullable = false, length = 200)
  private String answeredBy;

  @Column(name = "answered_on", nullable = false)
  private LocalDate answeredOn;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "withdrawn_on")
  private LocalDate withdrawnOn;

  @Column(name = "deletion_asked_at")
  private Instant deletionAskedAt;

  protected PhotoConsent() {}

  public PhotoConsent(
      String pupilReference,
      String yearGroup,
      Set<PhotoUse> consented,
      String answeredBy,
      LocalDate answeredOn,
      String recordedBy,
      Instant recordedAt) {
    this.pupilReference = Objects.requireNonNull(pupilReference);
    this.yearGroup = yearGroup;
    this.prospectus = consented.contains(PhotoUse.PROSPECTUS);
    this.website = consented.contains(PhotoUse.WEBSITE);
    this.video = consented.contains(PhotoUse.VIDEO);
    this.media = consented.contains(PhotoUse.MEDIA);
    this.newsletter = consented.contains(PhotoUse.NEWSLETTER);
    this.answeredBy = Objects.requireNonNull(answeredBy);
    this.answeredOn = Objects.requireNonNull(answeredOn);
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.recordedAt = Objects.requireNonNull(recordedAt);
  }

  /** The uses the parent said yes to; none once withdrawn. */
  public Set<PhotoUse> consented() {
    EnumSet<PhotoUse> uses = EnumSet.noneOf(PhotoUse.class);
    if (withdrawnOn != null) {
      return uses;
    }
    if (prospectus) uses.add(PhotoUse.PROSPECTUS);
    if (website) uses.add(PhotoUse.WEBSITE);
    if (video) uses.add(PhotoUse.VIDEO);
    if (media) uses.add(PhotoUse.MEDIA);
    if (newsletter) uses.add(PhotoUse.NEWSLETTER);
    return uses;
  }

  /** The uses refused: those not consented to, all five once withdrawn. */
  public Set<PhotoUse> refused() {
    EnumSet<PhotoUse> refused = EnumSet.allOf(PhotoUse.class);
    refused.removeAll(consented());
    return refused;
  }

  /** The parent withdraws consent, which they may do at any time. */
  public void withdraw(LocalDate on) {
    if (withdrawnOn == null) {
      withdrawnOn = on;
    }
  }

  /** The office has been asked to delete the images held of the pupil. */
  public void deletionAsked(Instant at) {
    deletionAskedAt = at;
  }

  public Long id() {
    return id;
  }

  public String pupilReference() {
    return pupilReference;
  }

  public String yearGroup() {
    return yearGroup;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public LocalDate answeredOn() {
    return answeredOn;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public LocalDate withdrawnOn() {
    return withdrawnOn;
  }

  public Instant deletionAskedAt() {
    return deletionAskedAt;
  }
}
