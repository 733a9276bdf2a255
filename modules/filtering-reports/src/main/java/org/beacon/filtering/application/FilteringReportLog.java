package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beacon.filtering.domain.FilteringReference;
import org.beacon.filtering.domain.FilteringReport;
import org.beacon.filtering.domain.FilteringReportRepository;
import org.beacon.filtering.domain.ReportStatus;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseHistory;

/** Reading filtering reports, with need to know applied and every read audited. */
@ApplicationScoped
public class FilteringReportLog {

  static final String RESOURCE = FilteringReporting.RESOURCE;

  @Inject FilteringReportRepository reports;
  @Inject FilteringAccess access;
  @Inject CaseHistory history;
  @Inject AuditLog audit;

  /** A report as the caller may see it. */
  record Seen(FilteringReport report, ReportView view, List<CaseHistory.Step> chronology) {}

  /** All reports for dsl, head and technical; otherwise the caller's own. */
  @Transactional
  public List<FilteringReportDetail> list(Caller caller, ReportStatus status, int page, int size) {
    requireReader(caller, "list", null);
    String reportedBy = access.readsAllReports(caller) ? null : caller.username();
    List<Seen> seen =
        reports.list(reportedBy, status, access.reportsAbout(caller), page * size, size).stream()
            .map(r -> new Seen(loaded(r), access.viewFor(caller, r), List.of()))
            .filter(s -> s.view() != ReportView.NONE)
            .toList();
    audit.allowed("list", RESOURCE, null, seen.size() + " report(s)");
    return seen.stream().map(FilteringReportDetail::of).toList();
  }

  /** One report by id or reference; 404 for anyone who may not know it exists. */
  @Transactional
  public FilteringReportDetail get(Caller caller, String idOrReference) {
    requireReader(caller, "read", idOrReference);
    FilteringReport report = find(idOrReference).orElse(null);
    if (report == null) {
      audit.denied("read", RESOURCE, idOrReference, "no such report");
      throw BeaconProblem.notFound("No such filtering report");
    }
    ReportView view = access.viewFor(caller, report);
    if (view == ReportView.NONE) {
      audit.denied("read", RESOURCE, report.reference(), "not need-to-know");
      throw BeaconProblem.notFound("No such filtering report");
    }
    audit.allowed(
        "read", RESOURCE, report.reference(), view.name().toLowerCase(Locale.ROOT) + " view");
    List<CaseHistory.Step> chronology =
        view == ReportView.FULL && report.processInstanceId() != null
            ? history.steps(report.processInstanceId())
            : List.of();
    return FilteringReportDetail.of(new Seen(loaded(report), view, chronology));
  }

  private void requireReader(Caller caller, String action, String id) {
    if (!access.readsReports(caller)) {
      audit.denied(action, RESOURCE, id, "role may not read filtering reports");
      throw BeaconProblem.forbidden(
          "Filtering reports are not open to your role; governors see the review figures");
    }
  }

  private Optional<FilteringReport> find(String idOrReference) {
    if (idOrReference.chars().allMatch(Character::isDigit) && idOrReference.length() < 18) {
      return reports.find(Long.parseLong(idOrReference));
    }
    return FilteringReference.parse(FilteringReference.REPORT, idOrReference).isPresent()
        ? reports.findByReference(idOrReference.trim())
        : Optional.empty();
  }

  /** Loads the report's URLs while the transaction is open. */
  private static FilteringReport loaded(FilteringReport report) {
    report.urls();
    return report;
  }
}
