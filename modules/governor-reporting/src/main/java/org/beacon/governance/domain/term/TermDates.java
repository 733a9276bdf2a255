package org.beacon.governance.domain.term;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.beacon.governance.domain.report.ReportKind;

/**
 * When the school's terms end, and so when reports are due. Each term end is either a day of the
 * year ({@code autumn=12-19}: every year) or a date ({@code spring=2027-03-26}: that year only, and
 * it replaces the yearly day of the same term that year). A term's report covers the days since the
 * previous term ended, holidays included, so the reports of a year cover the whole year; the annual
 * report, due when the {@code annualTerm} ends, covers the year since that term last ended.
 */
public final class TermDates {

  /** The default of {@code BEACON_TERM_ENDS}: typical ends of the three terms in England. */
  public static final String DEFAULT_TERM_ENDS = "autumn=12-19,spring=03-31,summer=07-22";

  public static final String DEFAULT_ANNUAL_TERM = "summer";

  /**
   * A term that ended longer ago than this gets no report by the schedule: a new installation does
   * not draw up reports of long-past terms (ask for those on demand).
   */
  public static final int MISSED_REPORT_WINDOW_DAYS = 28;

  /** A term end as configured. */
  record TermEnd(String term, MonthDay everyYear, LocalDate once) {
    LocalDate in(int year) {
      return once != null ? once : everyYear.atYear(year);
    }
  }

  /** A term ending on a date. */
  public record TermEnding(String term, LocalDate date) {}

  private final List<TermEnd> ends;
  private final String annualTerm;

  private TermDates(List<TermEnd> ends, String annualTerm) {
    this.ends = List.copyOf(ends);
    this.annualTerm = annualTerm;
  }

  /**
   * Reads the setting, e.g. {@code autumn=12-19,spring=03-31,summer=07-22}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static TermDates parse(String termEnds, String annualTerm) {
    List<TermEnd> ends = new ArrayList<>();
    for (String entry : termEnds.split(",")) {
      String trimmed = entry.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(
            "Term end '" + trimmed + "' must be term=MM-DD or term=YYYY-MM-DD");
      }
      String term = trimmed.substring(0, equals).trim().toLowerCase(Locale.ROOT);
      String when = trimmed.substring(equals + 1).trim();
      if (!term.matches("[a-z][a-z0-9-]*")) {
        throw new IllegalArgumentException(
            "Term name '" + term + "' must be letters, digits and hyphens");
      }
      try {
        ends.add(
            when.length() == 5
                ? new TermEnd(term, MonthDay.parse("--" + when), null)
                : new TermEnd(term, null, LocalDate.parse(when)));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "Term end '" + trimmed + "' must be term=MM-DD or term=YYYY-MM-DD");
      }
    }
    if (ends.stream().noneMatch(e -> e.everyYear() != null)) {
      throw new IllegalArgumentException(
          "Give every term's usual end as term=MM-DD; dates of one year may be added");
    }
    String annual =
        annualTerm == null || annualTerm.isBlank()
            ? DEFAULT_ANNUAL_TERM
            : annualTerm.trim().toLowerCase(Locale.ROOT);
    if (ends.stream().noneMatch(e -> e.term().equals(annual))) {
      throw new IllegalArgumentException(
          "The annual report follows term '" + annual + "', which has no end date");
    }
    return new TermDates(ends, annual);
  }

  public static TermDates defaults() {
    return parse(DEFAULT_TERM_ENDS, DEFAULT_ANNUAL_TERM);
  }

  public String annualTerm() {
    return annualTerm;
  }

  /** Every term ending from {@code first} to {@code last}, both included, oldest first. */
  public List<TermEnding> endingsBetween(LocalDate first, LocalDate last) {
    Set<TermEnding> endings = new LinkedHashSet<>();
    for (int year = first.getYear() - 1; year <= last.getYear() + 1; year++) {
      for (TermEnd end : ends) {
        if (end.once() != null) {
          continue;
        }
        int y = year;
        LocalDate date;
        try {
          date = end.in(y);
        } catch (DateTimeException notThisYear) {
          continue;
        }
        boolean replaced =
            ends.stream()
                .anyMatch(
                    o ->
                        o.once() != null && o.term().equals(end.term()) && o.once().getYear() == y);
        if (!replaced) {
          endings.add(new TermEnding(end.term(), date));
        }
      }
    }
    ends.stream()
        .filter(e -> e.once() != null)
        .forEach(e -> endings.add(new TermEnding(e.term(), e.once())));
    return endings.stream()
        .filter(e -> !e.date().isBefore(first) && !e.date().isAfter(last))
        .sorted(Comparator.comparing(TermEnding::date).thenComparing(TermEnding::term))
        .toList();
  }

  /**
   * The reports due on {@code today}: one for each term that ended before today (within the {@link
   * #MISSED_REPORT_WINDOW_DAYS}), and the annual report when the annual term is among them. Whether
   * one was already drawn up is the caller's business (by its key).
   */
  public List<ScheduledReport> dueOn(LocalDate today) {
    List<ScheduledReport> due = new ArrayList<>();
    for (TermEnding ending :
        endingsBetween(today.minusDays(MISSED_REPORT_WINDOW_DAYS), today.minusDays(1))) {
      LocalDate firstDay =
          previous(ending, e -> true).map(d -> d.plusDays(1)).orElse(ending.date().minusMonths(4));
      due.add(
          new ScheduledReport(
              ending.date().getYear() + "-" + ending.term(),
              ReportKind.TERM,
              termTitle(ending),
              firstDay,
              ending.date()));
      if (ending.term().equals(annualTerm)) {
        LocalDate yearStart =
            previous(ending, e -> e.term().equals(annualTerm))
                .map(d -> d.plusDays(1))
                .orElse(ending.date().minusYears(1).plusDays(1));
        due.add(
            new ScheduledReport(
                ending.date().getYear() + "-annual",
                ReportKind.ANNUAL,
                annualTitle(yearStart, ending.date()),
                yearStart,
                ending.date()));
      }
    }
    return due;
  }

  private Optional<LocalDate> previous(
      TermEnding ending, java.util.function.Predicate<TermEnding> which) {
    List<TermEnding> before =
        endingsBetween(ending.date().minusYears(2), ending.date().minusDays(1)).stream()
            .filter(which)
            .toList();
    return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1).date());
  }

  static String termTitle(TermEnding ending) {
    String name = Character.toUpperCase(ending.term().charAt(0)) + ending.term().substring(1);
    return (name.toLowerCase(Locale.ROOT).contains("term") ? name : name + " term")
        + " "
        + ending.date().getYear();
  }

  static String annualTitle(LocalDate first, LocalDate last) {
    return first.getYear() == last.getYear()
        ? "Annual report " + last.getYear()
        : "Annual report " + first.getYear() + "–" + String.format("%02d", last.getYear() % 100);
  }
}
