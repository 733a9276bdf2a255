package org.beacon.filtering.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.beacon.filtering.api.FilteringReportProcess;
import org.beacon.filtering.domain.FilteringReport;
import org.beacon.filtering.domain.FilteringReportRepository;
import org.beacon.filtering.domain.WebAddress;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.Messages;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Another module's flow asked for a filtering report (the incident flow, when inappropriate content
 * got past the filter): records the report from the message's variables. Only the addresses and the
 * other case's reference come across, never the people that case names.
 */
@Dependent
@Named("filteringOpenRequestedReportDelegate")
public class OpenRequestedReportDelegate implements JavaDelegate {

  @Inject FilteringReportRepository reports;
  @Inject AuditLog audit;

  @Override
  public void execute(DelegateExecution execution) {
    String sourceType = ProcessVariables.text(execution, Messages.SOURCE_TYPE);
    String sourceReference = ProcessVariables.text(execution, Messages.SOURCE_REFERENCE);
    String sourceId = ProcessVariables.text(execution, Messages.SOURCE_ID);
    List<String> urls = urls(ProcessVariables.text(execution, Messages.URLS));
    String from =
        (sourceType == null ? "another case" : sourceType)
            + (sourceReference == null ? "" : " " + sourceReference);
    FilteringReport report =
        reports.add(
            FilteringReport.openedBy(
                sourceType,
                sourceId,
                sourceReference,
                ProcessVariables.now(),
                urls,
                "Opened by "
                    + from
                    + ": inappropriate content got past the filter."
                    + (urls.isEmpty() ? " No address was recorded; find it with the DSL." : "")));
    report.startedAs(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(report.reference());
    execution.setVariable(FilteringReportProcess.REPORT_ID, report.id());
    execution.setVariable(FilteringReportProcess.REFERENCE, report.reference());
    execution.setVariable(FilteringReportProcess.KIND, report.kind().id());
    execution.setVariable(FilteringReportProcess.POTENTIALLY_ILLEGAL, false);
    execution.setVariable(FilteringReportProcess.URL, report.url() == null ? "" : report.url());
    audit.allowed("create", "filtering-report", report.reference(), "requested by " + from);
  }

  /** The message's URLs, one per line; what is not a web address is left out. */
  static List<String> urls(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R"))
        .map(String::trim)
        .filter(u -> !u.isEmpty() && u.length() <= 2000 && WebAddress.isWebUrl(u))
        .limit(20)
        .toList();
  }
}
