package org.beacon.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request to search a pupil's device (seed 001; Education Act 2011): who asked and why, the
 * head's decision, the search itself (who searched, the witness, what was found) and what became of
 * the device (returned, to whom and when, or handed to the police).
 */
@Entity
@Table(name = "rec_device_search")
public class DeviceSearch {

  /** Where a search stands. */
  public enum Status {
    REQUESTED,
    REFUSED,
    AUTHORISED,
    SEARCHED,
    RETURNED,
    WITH_POLICE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_device_search_seq")
  @SequenceGenerator(
      name = "rec_device_search_seq",
      sequenceName = "rec_device_search_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "pupil_reference", nullable = false, length = 50)
  private String pupilReference;

  @Column(name = "year_group", nullable = false, length = 20)
  private String yearGroup;

  @Column(nullable = false, length = 200)
  private String device;

  @Column(nullable = false, length = 10)
  private String ownership;

  @Column(nullable = false, length = 2000)
  private String grounds;

  @Column(name = "requested_by", nullable = false, length = 100)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = 2000)
  private String decisionNote;

  @Column(name = "searched_by", length = 200)
  private String searchedBy;

  @Column(length = 200)
  private String witness;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  @Column(name = "searched_at")
  private Instant searchedAt;

  @Column(length = 2000)
  private String findings;

  @Column(name = "may_be_illegal", nullable = false)
  private boolean mayBeIllegal;

  @Column(name = "incident_note", length = 200)
  private String incidentNote;

  @Column(name = "returned_on")
  private LocalDate returnedOn;

  @Column(name = "returned_to", length = 200)
  private String returnedTo;

  @Column(name = "police_reference", length = 100)
  private String policeReference;

  @Column(name = "closed_by", length = 100)
  private String closedBy;

  protected DeviceSearch() {}

  public DeviceSearch(
      String pupilReference,
      String yearGroup,
      String device,
      String ownership,
      String grounds,
      String requestedBy,
      Instant requestedAt) {
    this.pupilReference = Objects.requireNonNull(pupilReference);
    this.yearGroup = Objects.requireNonNull(yearGroup);
    this.device = Objects.requireNonNull(device);
    this.ownership = Objects.requireNonNull(ownership);
    this.grounds = Objects.requireNonNull(grounds);
    this.requestedBy = Objects.requireNonNull(requestedBy);
    this.requestedAt = Objects.requireNonNull(requestedAt);
    this.status = Status.REQUESTED;
  }

  /** The head (or a deputy standing in) authorises or refuses the search. */
  public void decide(String by, Instant at, boolean authorised, String note) {
    if (status != Status.REQUESTED) {
      throw new IllegalStateException(reference() + " was decided already");
    }
    this.decidedBy = Objects.requireNonNull(by);
    this.decidedAt = Objects.requireNonNull(at);
    this.decisionNote = note;
    this.status = authorised ? Status.AUTHORISED : Status.REFUSED;
  }

  /** The search as it was done, recorded by {@code recordedBy}. */
  public void searched(
      String searchedBy,
      String witness,
      Instant searchedAt,
      String findings,
      boolean mayBeIllegal,
      String recordedBy) {
    if (status != Status.AUTHORISED) {
      throw new IllegalStateException(reference() + " is not authorised");
    }
    this.searchedBy = Objects.requireNonNull(searchedBy);
    this.witness = Objects.requireNonNull(witness);
    this.searchedAt = Objects.requireNonNull(searchedAt);
    this.findings = Objects.requireNonNull(findings);
    this.mayBeIllegal = mayBeIllegal;
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.status = Status.SEARCHED;
  }

  /** What became of opening an incident about the material found. */
  public void incidentOpened(String note) {
    this.incidentNote = note;
  }

  /** The device went back to someone (the pupil, a parent) on a day. */
  public void returned(LocalDate on, String to, String by) {
    requireSearched();
    this.returnedOn = Objects.requireNonNull(on);
    this.returnedTo = Objects.requireNonNull(to);
    this.closedBy = Objects.requireNonNull(by);
    this.status = Status.RETURNED;
  }

  /** The device was handed to the police on a day, with their reference. */
  public void handedToPolice(LocalDate on, String policeReference, String by) {
    requireSearched();
    this.returnedOn = Objects.requireNonNull(on);
    this.policeReference = policeReference;
    this.closedBy = Objects.requireNonNull(by);
    this.status = Status.WITH_POLICE;
  }

  private void requireSearched() {
    if (status != Status.SEARCHED) {
      throw new IllegalStateException(reference() + " has not been searched");
    }
  }

  /** The search's readable reference, also its flow's business key. */
  public String reference() {
    return "DSR-" + id;
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

  public String device() {
    return device;
  }

  public String ownership() {
    return ownership;
  }

  public String grounds() {
    return grounds;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Status status() {
    return status;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionNote() {
    return decisionNote;
  }

  public String searchedBy() {
    return searchedBy;
  }

  public String witness() {
    return witness;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant searchedAt() {
    return searchedAt;
  }

  public String findings() {
    return findings;
  }

  public boolean mayBeIllegal() {
    return mayBeIllegal;
  }

  public String incidentNote() {
    return incidentNote;
  }

  public LocalDate returnedOn() {
    return returnedOn;
  }

  public String returnedTo() {
    return returnedTo;
  }

  public String policeReference() {
    return policeReference;
  }

  public String closedBy() {
    return closedBy;
  }
}
