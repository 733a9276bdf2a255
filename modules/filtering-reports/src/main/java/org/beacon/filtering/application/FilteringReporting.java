package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beacon.filtering.api.FilteringReportProcess;
import org.beacon.filtering.domain.FilteringReport;
import org.beacon.filtering.domain.FilteringReportRepository;
import org.beacon.filtering.domain.ReportKind;
import org.beacon.filtering.domain.WebAddress;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.SchoolTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Reporting an unsuitable site: checks the report, stores it and starts the report flow in one
 * transaction. Anyone signed in may report.
 */
@ApplicationScoped
public class FilteringReporting {

  static final String RESOURCE = "filtering-report";
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

  @Inject FilteringReportRepository reports;
  @Inject RuntimeService runtimeService;
  @Inject Validator validator;
  @Inject AuditLog audit;
  @Inject CaseParties parties;

  Clock clock = Clock.systemUTC();

  @Transactional
  public FilteringCase report(Caller caller, ReportUnsuitableSite report) {
    if (report == null) {
      throw BeaconProblem.invalid(
          "Send the report as a JSON object", Map.of("body", "is required"));
    }
    FieldErrors errors = new FieldErrors();
    errors.violations(validator.validate(report));
    if (report.url() != null && !report.url().isBlank() && !WebAddress.isWebUrl(report.url())) {
      errors.put("url", "must be a web address starting http:// or https://");
    }
    Instant seenAt = SchoolTime.parseMoment(report.seenAt(), "seenAt", errors);
    if (seenAt != null && seenAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
      errors.put("seenAt", "must not be in the future");
    }
    if (!errors.isEmpty()) {
      audit.denied(
          "create", RESOURCE, null, "invalid report: " + String.join(", ", errors.fields()));
      throw errors.problem("The report has " + errors.size() + " invalid field(s)");
    }
    ReportKind kind = ReportKind.fromId(report.kind()).orElseThrow();
    FilteringReport stored =
        reports.add(
            new FilteringReport(
                caller.username(),
                clock.instant(),
                new FilteringReport.Details(
                    kind,
                    List.of(report.url().trim()),
                    seenAt,
                    report.content().trim(),
                    report.foundBy().trim(),
                    report.device().trim(),
                    blankToNull(report.userAccount()),
                    Boolean.TRUE.equals(report.potentiallyIllegal()))));
    if (stored.userAccount() != null) {
      // The person whose account it was never sees the report, by person, whatever the log calls
      // them.
      parties.name(
          FilteringReportProcess.KEY,
          stored.reference(),
          CaseParties.Part.SUBJECT,
          stored.userAccount());
    }
    start(stored);
    audit.allowed(
        "create",
        RESOURCE,
        stored.reference(),
        kind.id() + (stored.potentiallyIllegal() ? ", potentially illegal" : ""));
    return new FilteringCase(stored.id(), stored.reference());
  }

  private void start(FilteringReport report) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(FilteringReportProcess.REPORT_ID, report.id());
    variables.put(FilteringReportProcess.REFERENCE, report.reference());
    variables.put(FilteringReportProcess.KIND, report.kind().id());
    variables.put(FilteringReportProcess.POTENTIALLY_ILLEGAL, report.potentiallyIllegal());
    variables.put(FilteringReportProcess.URL, report.url() == null ? "" : report.url());
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            FilteringReportProcess.KEY, report.reference(), variables);
    report.startedAs(instance.getId());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
