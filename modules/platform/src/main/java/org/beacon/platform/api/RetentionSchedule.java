package org.beacon.platform.api;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The school's retention schedule ({@code bpmn/platform/RetentionSchedule.dmn}, which a school may
 * edit in the designer): record class and outcome give a rule (a basis and a number of years) and
 * the source that rule comes from; the facts of one record give the day it is kept until.
 */
public interface RetentionSchedule {

  /** The schedule's rule for a record class and outcome, empty when no row applies. */
  Optional<Rule> rule(String recordClass, String outcome);

  /**
   * The day a record is kept until, empty when no row applies or a fact the row needs is unknown.
   */
  default Optional<LocalDate> keepUntil(String recordClass, String outcome, Facts facts) {
    return rule(recordClass, outcome).flatMap(rule -> rule.keepUntil(facts));
  }

  /**
   * What a rule may count from.
   *
   * @param eventDate the day of the incident, allegation or report
   * @param closedOn the day the case closed
   * @param dateOfBirth the date of birth of the person the record is about (the youngest pupil for
   *     an incident), null when unknown
   * @param pensionAge the person's normal pension age in years, null when unknown
   */
  record Facts(
      LocalDate eventDate, LocalDate closedOn, LocalDate dateOfBirth, Integer pensionAge) {}

  /** What a rule counts from. */
  enum Basis {
    /** Years from the event (incident, allegation, report). */
    YEARS_FROM_EVENT,
    /** Years from the day the case closed. */
    YEARS_FROM_CLOSURE,
    /** The later of normal pension age and the years from the event (KCSIE Part 4). */
    LATER_OF_PENSION_AGE_OR_YEARS_FROM_EVENT,
    /**
     * Years from the date of birth (a child protection file); when the date of birth is unknown,
     * years from the event instead, which is always later, so nothing is disposed of early.
     */
    YEARS_FROM_DATE_OF_BIRTH,
    /** Removed when the case closes. */
    WHEN_CLOSED
  }

  /**
   * A row of the schedule.
   *
   * @param basis what it counts from
   * @param years how many years
   * @param source where the period comes from (statutory guidance, the IRMS toolkit)
   */
  record Rule(Basis basis, int years, String source) {

    /** The day this rule keeps a record with these facts until, empty when a fact is missing. */
    public Optional<LocalDate> keepUntil(Facts facts) {
      return Optional.ofNullable(
          switch (basis) {
            case YEARS_FROM_EVENT -> plus(facts.eventDate());
            case YEARS_FROM_CLOSURE -> plus(facts.closedOn());
            case WHEN_CLOSED -> facts.closedOn();
            case YEARS_FROM_DATE_OF_BIRTH ->
                facts.dateOfBirth() != null ? plus(facts.dateOfBirth()) : plus(facts.eventDate());
            case LATER_OF_PENSION_AGE_OR_YEARS_FROM_EVENT -> laterOf(facts);
          });
    }

    private LocalDate plus(LocalDate day) {
      return day == null ? null : day.plusYears(years);
    }

    private LocalDate laterOf(Facts facts) {
      LocalDate period = plus(facts.eventDate());
      if (period == null || facts.dateOfBirth() == null || facts.pensionAge() == null) {
        return null;
      }
      LocalDate pension = facts.dateOfBirth().plusYears(facts.pensionAge());
      return pension.isAfter(period) ? pension : period;
    }
  }
}
