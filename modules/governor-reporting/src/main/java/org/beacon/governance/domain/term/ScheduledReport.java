package org.beacon.governance.domain.term;

import java.time.LocalDate;
import org.beacon.governance.domain.report.ReportKind;

/**
 * A report the schedule asks for.
 *
 * @param key unique per scheduled report, e.g. {@code 2026-autumn} or {@code 2026-annual}: a report
 *     with this key is drawn up once
 * @param kind term or annual
 * @param title e.g. "Autumn term 2026"
 * @param firstDay the first day of the period (school time)
 * @param lastDay the last day of the period, included
 */
public record ScheduledReport(
    String key, ReportKind kind, String title, LocalDate firstDay, LocalDate lastDay) {}
