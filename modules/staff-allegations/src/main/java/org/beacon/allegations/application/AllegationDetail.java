package org.beacon.allegations.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.beacon.allegations.application.CaseDeadlines.Deadline;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.HarmThreshold;
import org.beacon.platform.api.CaseHistory;

/**
 * An allegation as the caller may see it. The DSL and the case manager see everything, with the
 * chronology and the deadlines; whoever recorded it sees its reference and "received" only (every
 * other field null).
 */
public record AllegationDetail(
    String reference,
    String view,
    String status,
    Instant raisedAt,
    String raisedBy,
    Source source,
    Accused accused,
    Reporter reporter,
    Instant occurredAt,
    String whatHappened,
    List<Child> children,
    Boolean immediateDanger,
    Boolean childAbuseImages,
    String caseManager,
    Threshold harmThreshold,
    Integer lowLevelConcernsIn12Months,
    Lado lado,
    Suspension suspension,
    String outcome,
    String employmentOutcome,
    Retention retention,
    Instant closedAt,
    List<Deadline> deadlines,
    List<CaseHistory.Step> chronology) {

  /**
   * @param type how it came to the school @param reference the incident's reference, if any
   */
  public record Source(String type, String reference) {}

  /**
   * @param username Beacon username, if any
   * @param name name, for someone without an account
   * @param headteacher whether the accused is the headteacher
   * @param role teacher, support-staff, volunteer, contractor or other
   */
  public record Accused(String username, String name, boolean headteacher, String role) {}

  /**
   * @param name who made the allegation @param relationship to the school @param contact how to
   *     reach them
   */
  public record Reporter(String name, String relationship, String contact) {}

  /**
   * @param reference pupil reference @param yearGroup year group
   */
  public record Child(String reference, String yearGroup) {}

  /** The four limbs as the case manager assessed them, and whether the threshold is met. */
  public record Threshold(
      Boolean met,
      Boolean harmedChild,
      Boolean possibleOffence,
      Boolean riskOfHarm,
      Boolean unsuitable) {}

  /**
   * @param referredAt when the referral task was completed
   * @param name the designated officer
   * @param reference the LADO's reference
   * @param consultedOn the day of the consultation
   * @param advice what the LADO advised
   * @param outcome police, strategyDiscussion, internalInvestigation or noFurtherAction
   */
  public record Lado(
      Instant referredAt,
      String name,
      String reference,
      LocalDate consultedOn,
      String advice,
      String outcome) {}

  /**
   * @param recommended whether suspension was recommended @param approved the case manager's
   *     decision
   */
  public record Suspension(Boolean recommended, Boolean approved) {}

  /**
   * @param rule "pension age or 10 years" or "removed from the personnel record"
   * @param until the day the record may be deleted (or, when removed, the day it was)
   */
  public record Retention(String rule, LocalDate until) {}

  static AllegationDetail of(AllegationRecords.Seen seen) {
    Allegation a = seen.allegation();
    if (seen.view() != AllegationView.FULL) {
      return new AllegationDetail(
          a.reference(),
          "received",
          "received",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }
    HarmThreshold t = a.threshold();
    return new AllegationDetail(
        a.reference(),
        "full",
        a.status().name().toLowerCase(Locale.ROOT),
        a.raisedAt(),
        a.raisedBy(),
        new Source(a.source().id(), a.sourceReference()),
        new Accused(
            a.accused().username(),
            a.accused().name(),
            a.accused().headteacher(),
            a.accused().role() == null ? null : a.accused().role().id()),
        new Reporter(a.reporter().name(), a.reporter().relationship(), a.reporter().contact()),
        a.occurredAt(),
        a.whatHappened(),
        a.children().stream().map(c -> new Child(c.reference(), c.yearGroup())).toList(),
        a.immediateDanger(),
        a.childAbuseImages(),
        AllegationAccess.caseManager(a.accused().headteacher()).id(),
        t == null
            ? new Threshold(a.harmThresholdMet(), null, null, null, null)
            : new Threshold(
                a.harmThresholdMet(),
                t.harmedChild(),
                t.possibleOffence(),
                t.riskOfHarm(),
                t.unsuitable()),
        a.lowLevelConcernCount(),
        new Lado(
            a.ladoReferredAt(),
            a.ladoName(),
            a.ladoReference(),
            a.ladoConsultedOn(),
            a.ladoAdvice(),
            a.ladoOutcome() == null ? null : a.ladoOutcome().id()),
        new Suspension(a.suspensionRecommended(), a.suspensionApproved()),
        a.outcome() == null ? null : a.outcome().id(),
        a.employmentOutcome() == null ? null : a.employmentOutcome().id(),
        a.retainUntil() == null
            ? null
            : new Retention(
                a.personnelRecordRemovedOn() != null
                    ? "removed from the personnel record"
                    : "pension age or 10 years",
                a.retainUntil()),
        a.closedAt(),
        seen.deadlines(),
        seen.chronology());
  }
}
