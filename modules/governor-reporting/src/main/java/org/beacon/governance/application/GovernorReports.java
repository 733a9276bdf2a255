package org.beacon.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.beacon.governance.api.GovernorReportProcess;
import org.beacon.governance.domain.report.GovernorReport;
import org.beacon.governance.domain.report.ReportRepository;
import org.beacon.governance.domain.report.ReportStateException;
import org.beacon.governance.domain.report.ReportStatus;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.SchoolTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Asking for reports and reading them, with need to know applied and every read audited. */
@ApplicationScoped
public class GovernorReports {

  static final String RESOURCE = "governor-report";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Inject ReportRepository reports;
  @Inject StatisticsGathering statistics;
  @Inject RuntimeService runtimeService;
  @Inject AuditLog audit;

  Clock clock = Clock.systemUTC();

  /**
   * A line of the list of reports.
   *
   * @param kind term, annual or on-demand
   * @param status draft, in-review, awaiting-acknowledgement or acknowledged
   */
  public record Summary(
      long id,
      String reference,
      String kind,
      String title,
      LocalDate firstDay,
      LocalDate lastDay,
      String status,
      java.time.Instant generatedAt,
      java.time.Instant acknowledgedAt) {}

  /**
   * Starts the report flow for the period; the report is drawn up at once, and the DSL has the
   * commentary task.
   */
  @Transactional
  public ReportDocument request(Caller caller, RequestedPeriod period) {
    if (!GovernanceAccess.leadsSafeguarding(caller)) {
      audit.denied("request", RESOURCE, null, "requires dsl or head");
      throw BeaconProblem.forbidden("Reports are asked for by the DSL or the headteacher");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(GovernorReportProcess.PERIOD_FROM, Date.from(period.period().from()));
    variables.put(GovernorReportProcess.PERIOD_TO, Date.from(period.period().to()));
    variables.put(GovernorReportProcess.REPORT_KIND, "on-demand");
    variables.put(
        GovernorReportProcess.REPORT_TITLE,
        "Report for " + DAY.format(period.firstDay()) + " to " + DAY.format(period.lastDay()));
    variables.put(GovernorReportProcess.REQUESTED_BY, caller.username());
    ProcessInstance instance =
        runtimeService.startProcessInstanceByMessage(
            GovernorReportProcess.MSG_REPORT_REQUESTED, variables);
    Object id = runtimeService.getVariable(instance.getId(), GovernorReportProcess.REPORT_ID);
    if (!(id instanceof Number number)) {
      throw new IllegalStateException("The report flow drew up no report");
    }
    GovernorReport report = reports.find(number.longValue()).orElseThrow();
    audit.allowed(
        "request", RESOURCE, report.reference(), period.firstDay() + " to " + period.lastDay());
    return ReportDocument.of(report, true);
  }

  @Transactional
  public List<Summary> list(Caller caller, int page, int size) {
    Set<ReportStatus> readable = GovernanceAccess.readableReports(caller);
    if (readable.isEmpty()) {
      audit.denied("list", RESOURCE, null, "no role that reads governor reports");
      throw BeaconProblem.forbidden("Governor reports are not open to your role");
    }
    List<Summary> found =
        reports.list(readable, page * size, size).stream()
            .map(
                r ->
                    new Summary(
                        r.id(),
                        r.reference(),
                        name(r.kind()),
                        r.title(),
                        SchoolTime.dayOf(r.periodFrom()),
                        SchoolTime.lastDayBefore(r.periodTo()),
                        name(r.status()),
                        r.generatedAt(),
                        r.acknowledgedAt()))
            .toList();
    audit.allowed("list", RESOURCE, null, found.size() + " report(s)");
    return found;
  }

  /**
   * One report, whole; {@code action} is what the audit trail calls the read (read, export-csv...).
   */
  @Transactional
  public ReportDocument get(Caller caller, long id, String action) {
    GovernorReport report = readable(caller, id, action);
    audit.allowed(action, RESOURCE, report.reference());
    return ReportDocument.of(report, GovernanceAccess.leadsSafeguarding(caller));
  }

  /** New figures for a draft, e.g. after late reports came in; never once it is under review. */
  @Transactional
  public ReportDocument refresh(Caller caller, long id) {
    GovernorReport report = readable(caller, id, "refresh");
    if (!GovernanceAccess.leadsSafeguarding(caller)) {
      audit.denied("refresh", RESOURCE, report.reference(), "requires dsl or head");
      throw BeaconProblem.forbidden("Only the DSL or the headteacher refreshes a draft");
    }
    try {
      report.refresh(
          statistics.publish(
              new org.beacon.platform.api.CaseStatistics.Period(
                  report.periodFrom(), report.periodTo())),
          clock.instant());
    } catch (ReportStateException frozen) {
      audit.denied("refresh", RESOURCE, report.reference(), frozen.getMessage());
      throw BeaconProblem.conflict(
          report.acknowledged() ? "An acknowledged report never changes" : frozen.getMessage());
    }
    audit.allowed("refresh", RESOURCE, report.reference(), "revision " + report.revision());
    return ReportDocument.of(report, true);
  }

  /**
   * An enum's name as the API writes it: {@code AWAITING_ACKNOWLEDGEMENT} is {@code
   * awaiting-acknowledgement}.
   */
  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private GovernorReport readable(Caller caller, long id, String action) {
    Set<ReportStatus> readable = GovernanceAccess.readableReports(caller);
    String reference = "REPORT-" + id;
    if (readable.isEmpty()) {
      audit.denied(action, RESOURCE, reference, "no role that reads governor reports");
      throw BeaconProblem.forbidden("Governor reports are not open to your role");
    }
    GovernorReport report = reports.find(id).orElse(null);
    if (report == null || !readable.contains(report.status())) {
      audit.denied(
          action,
          RESOURCE,
          reference,
          report == null ? "no such report" : "not yet sent to the governors");
      throw BeaconProblem.notFound("No such report");
    }
    return report;
  }
}
