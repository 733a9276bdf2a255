package org.beacon.allegations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.platform.api.RetainedRecords;
import org.beacon.platform.api.RetentionSchedule;
import org.beacon.platform.api.SchoolTime;

/**
 * Closed allegations under the school's retention schedule (record class {@code allegation}, the
 * outcome as the schedule's outcome, {@code lowLevelConcern} when there is none): the date the case
 * stored at its retention step, else the schedule's date from what the record knows (a malicious or
 * false allegation: the day it closed).
 */
@ApplicationScoped
public class AllegationRetention implements RetainedRecords {

  /** The schedule's record class. */
  public static final String RECORD_CLASS = "allegation";

  @Inject AllegationRepository allegations;
  @Inject RetentionSchedule schedule;

  /**
   * Retention over these allegations and this schedule: for work outside the container (a test).
   */
  public static AllegationRetention over(
      AllegationRepository allegations, RetentionSchedule schedule) {
    AllegationRetention retention = new AllegationRetention();
    retention.allegations = allegations;
    retention.schedule = schedule;
    return retention;
  }

  @Override
  public String module() {
    return "allegations";
  }

  @Override
  public List<RetainedRecord> closed() {
    return allegations.closed().stream().map(this::retained).toList();
  }

  @Override
  public void dispose(String reference) {
    allegations.findByReference(reference).ifPresent(allegations::remove);
  }

  private RetainedRecord retained(Allegation allegation) {
    String outcome = outcomeOf(allegation);
    LocalDate keepUntil = allegation.retainUntil();
    if (keepUntil == null) {
      keepUntil = keepUntil(schedule, allegation, null, null).orElse(null);
    }
    return new RetainedRecord(
        AllegationProcess.KEY, allegation.reference(), RECORD_CLASS, outcome, keepUntil);
  }

  /** The schedule's outcome of the allegation. */
  public static String outcomeOf(Allegation allegation) {
    return allegation.outcome() == null ? "lowLevelConcern" : allegation.outcome().id();
  }

  /** The day the schedule keeps the allegation until, given what is known of the person. */
  public static java.util.Optional<LocalDate> keepUntil(
      RetentionSchedule schedule,
      Allegation allegation,
      LocalDate dateOfBirth,
      Integer pensionAge) {
    LocalDate closedOn =
        allegation.closedAt() == null ? null : SchoolTime.dayOf(allegation.closedAt());
    return schedule.keepUntil(
        RECORD_CLASS,
        outcomeOf(allegation),
        new RetentionSchedule.Facts(allegation.raisedOn(), closedOn, dateOfBirth, pensionAge));
  }
}
