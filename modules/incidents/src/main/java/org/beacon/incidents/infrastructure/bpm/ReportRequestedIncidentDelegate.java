package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.List;
import org.beacon.incidents.application.IncidentReference;
import org.beacon.incidents.application.IncidentReporting;
import org.beacon.incidents.application.IncidentTypes;
import org.beacon.incidents.application.ReportIncident;
import org.beacon.platform.api.Messages;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Another module's case asked for an incident ({@code Msg_IncidentRequested}, e.g. a device search
 * that found material that may be illegal): reports it through the module's own reporting service,
 * naming the pupil and the device, which starts the incident response flow. The DSL chooses its
 * type at classification. This flow's business key becomes the incident's reference, so the sender
 * can note which incident it opened.
 */
@Dependent
@Named("incidentsReportRequestedIncidentDelegate")
public class ReportRequestedIncidentDelegate implements JavaDelegate {

  /** The incident type until the DSL classifies it, in the words of the "other" type. */
  static final String REQUESTED_TYPE = "Material found that may be illegal (requested by %s)";

  @Inject IncidentReporting reporting;

  @Override
  public void execute(DelegateExecution execution) {
    String sourceType = ProcessVariables.text(execution, Messages.SOURCE_TYPE);
    String sourceReference = ProcessVariables.text(execution, Messages.SOURCE_REFERENCE);
    String from =
        (sourceType == null ? "another case" : sourceType)
            + (sourceReference == null ? "" : " " + sourceReference);
    Date occurredAt = ProcessVariables.date(execution, Messages.OCCURRED_AT);
    String pupil = ProcessVariables.text(execution, Messages.PUPIL_REFERENCE);
    String yearGroup = ProcessVariables.text(execution, Messages.YEAR_GROUP);
    String ownership = ProcessVariables.text(execution, Messages.DEVICE_OWNERSHIP);
    String device = ProcessVariables.text(execution, Messages.DEVICE);
    ReportIncident report =
        new ReportIncident(
            (occurredAt == null ? ProcessVariables.now() : occurredAt.toInstant()).toString(),
            cut("Found in " + from, 200),
            new ReportIncident.Device(
                "school".equals(ownership) ? "school" : "personal",
                device == null ? null : cut(device, 100)),
            cut(
                textOr(ProcessVariables.text(execution, Messages.DESCRIPTION), "Opened by " + from),
                4000),
            List.of(),
            pupil == null
                ? List.of()
                : List.of(
                    new ReportIncident.Pupil(
                        cut(pupil, 50), cut(textOr(yearGroup, "Not known"), 20))),
            List.of(),
            IncidentTypes.OTHER,
            cut(String.format(REQUESTED_TYPE, from), 300),
            false);
    IncidentReference incident =
        reporting.reportRequested(ProcessVariables.text(execution, Messages.REPORTED_BY), report);
    execution.setProcessBusinessKey(incident.reference());
  }

  private static String textOr(String text, String otherwise) {
    return text == null ? otherwise : text;
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
