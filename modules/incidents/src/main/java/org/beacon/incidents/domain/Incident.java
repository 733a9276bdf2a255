package org.beacon.incidents.domain;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** An entry of the e-safety incident log: what was reported, and what the school did about it. */
@Entity
@Table(name = "inc_incident")
public class Incident {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inc_incident_seq")
  @SequenceGenerator(
      name = "inc_incident_seq",
      sequenceName = "inc_incident_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private Instant reportedAt;

  @Column(name = "reported_by", nullable = false, length = 100, updatable = false)
  private String reportedBy;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 200)
  private String location;

  @Enumerated(EnumType.STRING)
  @Column(name = "device_ownership", nullable = false, length = 10)
  private DeviceOwnership deviceOwnership;

  @Column(name = "device_identifier", length = 100)
  private String deviceIdentifier;

  @Column(nullable = false, length = 4000)
  private String description;

  @Column(name = "incident_type", nullable = false, length = 300)
  private String incidentType;

  @Column(name = "incident_type_other", length = 300)
  private String incidentTypeOther;

  @Column(name = "immediate_risk", nullable = false)
  private boolean immediateRisk;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IncidentStatus status = IncidentStatus.REPORTED;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Classification classification;

  /** Who or what the incident involves, any of child, staff and content, comma separated. */
  @Column(length = 30)
  private String involves;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "recommended_actions", length = 2000)
  private String recommendedActions;

  @Column(name = "difference_reason", length = 2000)
  private String differenceReason;

  @Column(name = "outcome_summary", length = 4000)
  private String outcomeSummary;

  @Column(name = "policy_review")
  private Boolean policyReview;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "other_actions", length = 4000)
  private String otherActions;

  @Column(name = "triaged_at")
  private Instant triagedAt;

  @Column(name = "triage_due_at")
  private Instant triageDueAt;

  /** Seconds from the report to the first triage, kept for the statistics' index (migration V3). */
  @Column(name = "triage_seconds")
  private Long triageSeconds;

  /** Seconds from the report to the close, kept for the statistics' index (migration V3). */
  @Column(name = "close_seconds")
  private Long closeSeconds;

  @ElementCollection
  @CollectionTable(name = "inc_incident_url", joinColumns = @JoinColumn(name = "incident_id"))
  @OrderColumn(name = "position")
  @Column(name = "url", nullable = false, length = 2000)
  private List<String> urls = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "inc_incident_pupil", joinColumns = @JoinColumn(name = "incident_id"))
  @OrderColumn(name = "position")
  private List<InvolvedPupil> pupils = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "inc_incident_staff", joinColumns = @JoinColumn(name = "incident_id"))
  @OrderColumn(name = "position")
  private List<InvolvedStaff> staff = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "inc_incident_link", joinColumns = @JoinColumn(name = "incident_id"))
  @OrderColumn(name = "position")
  private List<CaseLink> links = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "inc_incident_action", joinColumns = @JoinColumn(name = "incident_id"))
  @OrderColumn(name = "position")
  private List<ActionTaken> actionsTaken = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "inc_incident_decision", joinColumns = @JoinColumn(name = "incident_id"))
  @OrderColumn(name = "position")
  private List<PartyDecision> decisions = new ArrayList<>();

  protected Incident() {}

  /** A new report; it gets its id and reference when the repository stores it. */
  public Incident(
      String reportedBy,
      Instant reportedAt,
      Instant occurredAt,
      String location,
      DeviceOwnership deviceOwnership,
      String deviceIdentifier,
      String description,
      List<String> urls,
      List<InvolvedPupil> pupils,
      List<InvolvedStaff> staff,
      String incidentType,
      String incidentTypeOther,
      boolean immediateRisk) {
    this.reportedBy = Objects.requireNonNull(reportedBy);
    this.reportedAt = Objects.requireNonNull(reportedAt);
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.location = location;
    this.deviceOwnership = deviceOwnership;
    this.deviceIdentifier = deviceIdentifier;
    this.description = description;
    this.urls = new ArrayList<>(urls);
    this.pupils = new ArrayList<>(pupils);
    this.staff = new ArrayList<>(staff);
    this.incidentType = incidentType;
    this.incidentTypeOther = incidentTypeOther;
    this.immediateRisk = immediateRisk;
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /**
   * The DSL's classification. The first one ends the triage; an "unsure" that needs advice and a
   * second classification does not move that moment.
   */
  public void classify(Classification classification, String involves, Instant at, Instant dueAt) {
    this.classification = classification;
    this.involves = involves;
    if (triagedAt == null) {
      triagedAt = at;
      triageDueAt = dueAt;
      triageSeconds = secondsSinceReport(at);
    }
    if (status == IncidentStatus.REPORTED) {
      status = IncidentStatus.IN_PROGRESS;
    }
  }

  /**
   * The actions the school's matrix recommended and those taken, for the incident as one party (as
   * before several parties were told apart): kept as the staff's decision.
   */
  public void recordActions(
      String recommended, List<String> taken, String otherActions, String differenceReason) {
    recordActions(PartyDecision.STAFF, recommended, taken, otherActions, differenceReason);
  }

  /**
   * What the school's matrix recommended for one party (a pupil's reference, or {@link
   * PartyDecision#STAFF}) and the actions the DSL chose for them: {@code taken} holds matrix
   * actions only (their fixed wording); anything else the DSL wrote goes in {@code otherActions}. A
   * party decided on again (a rejected proposal) replaces its earlier decision. The incident's
   * actions become the union of every party's, each once, for the statistics.
   */
  public void recordActions(
      String party,
      String recommended,
      List<String> taken,
      String otherActions,
      String differenceReason) {
    Objects.requireNonNull(party);
    List<String> distinct = taken.stream().distinct().toList();
    PartyDecision decision =
        new PartyDecision(party, recommended, distinct, otherActions, differenceReason);
    int existing = indexOfDecision(party);
    if (existing >= 0) {
      decisions.set(existing, decision);
    } else {
      decisions.add(decision);
    }
    summariseDecisions();
  }

  private int indexOfDecision(String party) {
    for (int i = 0; i < decisions.size(); i++) {
      if (decisions.get(i).party().equals(party)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The incident's own columns, read by the log and the statistics: every recommended and taken
   * action once; the notes and reasons by party when there are several.
   */
  private void summariseDecisions() {
    boolean several = decisions.size() > 1;
    this.recommendedActions =
        bounded(
            decisions.stream()
                .map(PartyDecision::recommended)
                .filter(Objects::nonNull)
                .flatMap(r -> java.util.Arrays.stream(r.split(PartyDecision.SEPARATOR)))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .distinct()
                .collect(Collectors.joining(PartyDecision.SEPARATOR)),
            2000);
    // An action is taken or not: the table's unique key on (incident, action) holds to it and the
    // statistics count on it, however many pupils it was taken for.
    List<String> union = decisions.stream().flatMap(d -> d.actions().stream()).distinct().toList();
    List<ActionTaken> kept = new ArrayList<>();
    for (String action : union) {
      kept.add(
          actionsTaken.stream()
              .filter(a -> a.action().equals(action))
              .findFirst()
              .orElseGet(() -> new ActionTaken(action, reportedAt)));
    }
    actionsTaken.clear();
    actionsTaken.addAll(kept);
    this.otherActions = bounded(byParty(PartyDecision::otherActions, several), 4000);
    this.differenceReason = bounded(byParty(PartyDecision::differenceReason, several), 2000);
  }

  private String byParty(java.util.function.Function<PartyDecision, String> text, boolean several) {
    String joined =
        decisions.stream()
            .filter(d -> text.apply(d) != null && !text.apply(d).isBlank())
            .map(d -> several ? d.party() + ": " + text.apply(d) : text.apply(d))
            .collect(Collectors.joining("\n"));
    return joined.isEmpty() ? null : joined;
  }

  /** Text cut to a column's size; the whole of each party's text stays in its decision. */
  private static String bounded(String text, int length) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
  }

  /** The DSL learned after the report that a child is at immediate risk. */
  public void raiseImmediateRisk() {
    this.immediateRisk = true;
  }

  /** Records a case this incident opened in another module ({@code kind}) at {@code at}. */
  public void link(String kind, Instant at, String note) {
    links.add(new CaseLink(kind, at, note, reportedAt));
  }

  public void close(Instant at, String outcomeSummary, boolean policyReview) {
    this.status = IncidentStatus.CLOSED;
    this.closedAt = at;
    this.closeSeconds = secondsSinceReport(at);
    this.outcomeSummary = outcomeSummary;
    this.policyReview = policyReview;
  }

  /** Whether the person with this username is named in the incident as staff involved. */
  private long secondsSinceReport(Instant at) {
    return Duration.between(reportedAt, at).getSeconds();
  }

  public boolean names(String username) {
    return staff.stream().anyMatch(s -> username.equals(s.username()));
  }

  public Long id() {
    return id;
  }

  /** The readable reference, e.g. INC-2026-0042; the incident must have been stored. */
  public String reference() {
    if (id == null) {
      throw new IllegalStateException("The incident has no number until it is stored");
    }
    return IncidentReference.of(reportedAt, id).toString();
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String location() {
    return location;
  }

  public DeviceOwnership deviceOwnership() {
    return deviceOwnership;
  }

  public String deviceIdentifier() {
    return deviceIdentifier;
  }

  public String description() {
    return description;
  }

  public String incidentType() {
    return incidentType;
  }

  public String incidentTypeOther() {
    return incidentTypeOther;
  }

  public boolean immediateRisk() {
    return immediateRisk;
  }

  public IncidentStatus status() {
    return status;
  }

  public Classification classification() {
    return classification;
  }

  public String involves() {
    return involves;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public String recommendedActions() {
    return recommendedActions;
  }

  public String differenceReason() {
    return differenceReason;
  }

  public String outcomeSummary() {
    return outcomeSummary;
  }

  public Boolean policyReview() {
    return policyReview;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Instant triagedAt() {
    return triagedAt;
  }

  /** Seconds from the report to the first triage, null until triaged. */
  public Long triageSeconds() {
    return triageSeconds;
  }

  /** Seconds from the report to the close, null until closed. */
  public Long closeSeconds() {
    return closeSeconds;
  }

  public Instant triageDueAt() {
    return triageDueAt;
  }

  public List<String> urls() {
    return List.copyOf(urls);
  }

  public List<InvolvedPupil> pupils() {
    return List.copyOf(pupils);
  }

  public List<InvolvedStaff> staff() {
    return List.copyOf(staff);
  }

  public List<CaseLink> links() {
    return List.copyOf(links);
  }

  public List<PartyDecision> decisions() {
    return List.copyOf(decisions);
  }

  public List<String> actionsTaken() {
    return actionsTaken.stream().map(ActionTaken::action).toList();
  }

  public String otherActions() {
    return otherActions;
  }
}
