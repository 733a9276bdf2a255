package org.beacon.platform.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.beacon.platform.api.CaseParties.Part;
import org.beacon.platform.api.CaseParties.Status;
import org.beacon.platform.api.NameMatch;

/** A name given in a case and the people it names. */
@Entity
@Table(name = "pf_case_mention")
public class CaseMention {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_key", nullable = false, length = 64)
  private String process;

  @Column(name = "case_ref", nullable = false, length = 100)
  private String caseReference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Part part;

  @Column(name = "as_given", nullable = false, length = 300)
  private String asGiven;

  @Enumerated(EnumType.STRING)
  @Column(name = "match_kind", nullable = false, length = 10)
  private NameMatch.Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "pf_case_mention_person", joinColumns = @JoinColumn(name = "mention_id"))
  @Column(name = "person_id")
  private Set<Long> people = new LinkedHashSet<>();

  protected CaseMention() {}

  CaseMention(String process, String caseReference, Part part, NameMatch match, Instant at) {
    this.process = process;
    this.caseReference = caseReference;
    this.part = part;
    this.asGiven =
        match.asGiven().length() > 300 ? match.asGiven().substring(0, 300) : match.asGiven();
    this.kind = match.kind();
    this.status = match.needsReview() ? Status.TO_REVIEW : Status.SETTLED;
    this.people.addAll(match.personIds());
    this.createdAt = at;
  }

  /** A DSL found which person the name means. */
  void link(long personId, String by, Instant at) {
    people.clear();
    people.add(personId);
    decide(Status.LINKED, by, at);
  }

  /** A DSL found the name means none of the people matched. */
  void reject(String by, Instant at) {
    people.clear();
    decide(Status.REJECTED, by, at);
  }

  private void decide(Status decided, String by, Instant at) {
    this.status = decided;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  Long id() {
    return id;
  }

  String process() {
    return process;
  }

  String caseReference() {
    return caseReference;
  }

  Part part() {
    return part;
  }

  String asGiven() {
    return asGiven;
  }

  NameMatch.Kind kind() {
    return kind;
  }

  Status status() {
    return status;
  }

  Set<Long> people() {
    return Set.copyOf(people);
  }
}
