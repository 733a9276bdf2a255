package org.beacon.governance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.beacon.governance.application.ReportDocument;

/**
 * A governor report as JSON: what it covers, where it stands, the commentary and the anonymised
 * figures as stored.
 *
 * @param kind term, annual or on-demand
 * @param from the first instant of the period
 * @param to the first instant after it
 * @param firstDay the first day of the period (school time)
 * @param lastDay the last day, included
 * @param status draft, in-review, awaiting-acknowledgement or acknowledged
 * @param revision how often the draft's figures were drawn up
 * @param reviewNote the head's note to the DSL; only for the DSL and the head
 */
public record ReportJson(
    long id,
    String reference,
    String kind,
    String title,
    Instant from,
    Instant to,
    LocalDate firstDay,
    LocalDate lastDay,
    String status,
    int revision,
    Instant generatedAt,
    String commentary,
    Instant commentaryAt,
    String reviewNote,
    Instant reviewedAt,
    String governorComments,
    Instant acknowledgedAt,
    FiguresJson figures) {

  static ReportJson of(ReportDocument d) {
    return new ReportJson(
        d.id(),
        d.reference(),
        name(d.kind()),
        d.title(),
        d.from(),
        d.to(),
        d.firstDay(),
        d.lastDay(),
        name(d.status()),
        d.revision(),
        d.generatedAt(),
        d.commentary(),
        d.commentaryAt(),
        d.reviewNote(),
        d.reviewedAt(),
        d.governorComments(),
        d.acknowledgedAt(),
        FiguresJson.of(d.figures()));
  }

  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
