package org.beacon.allegations.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.Map;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.DeadlineRule;
import org.beacon.allegations.domain.RecordRetention;
import org.beacon.platform.api.WorkingDays;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;

/**
 * The deadlines of an allegation (suspension letter, investigation report, decision on a hearing,
 * hearing, DBS referral), from the decision table {@code
 * bpmn/staff-allegations/AllegationDeadlines.dmn}, where a school changes them without a release;
 * each row names its source in KCSIE Part 4 or the law. Models use it by name, for the step's due
 * date and for the boundary timer that escalates it, with the same expression: {@code
 * ${allegationDeadlines.due('hearing', now())}}. The referral to the LADO (one working day) is
 * fixed in the model with {@code workingDays} instead: a school may not lengthen it.
 */
@ApplicationScoped
@Named("allegationDeadlines")
public class AllegationDeadlines {

  /** Rows of the decision table this code reads. */
  static final String RECORD_RETENTION = "recordRetention";

  static final String NORMAL_PENSION_AGE = "normalPensionAge";

  private DecisionService decisions;
  private WorkingDays calendar;

  protected AllegationDeadlines() {}

  @Inject
  public AllegationDeadlines(DecisionService decisions, WorkingDays calendar) {
    this.decisions = decisions;
    this.calendar = calendar;
  }

  /** When the named deadline falls, counted from {@code from}. */
  public Date due(String deadline, Date from) {
    return rule(deadline).from(from, calendar);
  }

  /**
   * How long a record is kept; {@code pensionAge} is the person's normal pension age where the case
   * manager knows it, otherwise the table's default.
   */
  public RecordRetention retention(Integer pensionAge) {
    int years = rule(RECORD_RETENTION).amount();
    return new RecordRetention(
        pensionAge != null ? pensionAge : rule(NORMAL_PENSION_AGE).amount(), years);
  }

  /** The table's row for a deadline. */
  public DeadlineRule rule(String deadline) {
    DmnDecisionResultEntries row =
        decisions
            .evaluateDecisionByKey(AllegationProcess.DEADLINES_DECISION)
            .variables(Map.of("deadline", deadline))
            .evaluate()
            .getSingleResult();
    if (row == null) {
      throw new IllegalStateException(
          AllegationProcess.DEADLINES_DECISION + " has no row for " + deadline);
    }
    Object amount = row.getEntry("amount");
    String unit = String.valueOf((Object) row.getEntry("unit"));
    return new DeadlineRule(
        ((Number) amount).intValue(),
        DeadlineRule.Unit.fromLabel(unit)
            .orElseThrow(
                () -> new IllegalStateException(deadline + ": unknown unit '" + unit + "'")));
  }
}
