package org.beacon.allegations.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import org.beacon.allegations.application.AllegationRetention;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.RetentionSchedule;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Sets how long the record is kept, from the school's retention schedule ({@code
 * RetentionSchedule.dmn}: until the person's normal pension age or ten years from the allegation,
 * whichever is later); the default normal pension age comes from {@link AllegationDeadlines}.
 */
@Dependent
@Named("allegationsRecordRetentionListener")
public class RecordRetentionListener implements TaskListener {

  static final String DATE_OF_BIRTH = "dateOfBirth";
  static final String NORMAL_PENSION_AGE = "normalPensionAge";
  static final String RETAIN_UNTIL = "retainUntil";

  private final AllegationRepository allegations;
  private final AllegationDeadlines deadlines;
  private final RetentionSchedule schedule;
  private final AuditLog audit;

  @Inject
  public RecordRetentionListener(
      AllegationRepository allegations,
      AllegationDeadlines deadlines,
      RetentionSchedule schedule,
      AuditLog audit) {
    this.allegations = allegations;
    this.deadlines = deadlines;
    this.schedule = schedule;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    Allegation allegation = AllegationVariables.allegation(allegations, task);
    LocalDate dateOfBirth = ProcessVariables.day(task, DATE_OF_BIRTH);
    if (dateOfBirth == null || !dateOfBirth.isBefore(allegation.raisedOn().minusYears(14))) {
      throw BeaconProblem.invalid(
          "The date of birth cannot be right",
          Map.of(DATE_OF_BIRTH, "must be the accused's date of birth, an adult's"));
    }
    Object given = task.getVariable(NORMAL_PENSION_AGE);
    int pensionAge =
        given instanceof Number n ? n.intValue() : deadlines.retention(null).normalPensionAge();
    LocalDate until =
        AllegationRetention.keepUntil(schedule, allegation, dateOfBirth, pensionAge)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The retention schedule has no date for this allegation's outcome"));
    allegation.retainUntil(until);
    task.setVariable(RETAIN_UNTIL, until.toString());
    audit.allowed("update", "allegation", allegation.reference(), "retention date set");
  }
}
