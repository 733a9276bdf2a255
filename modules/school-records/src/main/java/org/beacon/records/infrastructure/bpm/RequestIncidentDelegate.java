package org.beacon.records.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;
import org.beacon.platform.api.Messages;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.application.DeviceSearches;
import org.beacon.records.application.DeviceSearches.SearchView;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;

/**
 * Material found on a device may be illegal: throws {@code Msg_IncidentRequested}, which the
 * incidents module turns into an incident naming the pupil and the device, and notes on the search
 * which incident it became. The search goes on either way: a missing receiver must not keep the
 * device from the police, but the note says the incident has to be reported by hand.
 */
@Dependent
@Named("recordsRequestIncidentDelegate")
public class RequestIncidentDelegate implements JavaDelegate {

  private static final Logger LOG = Logger.getLogger(RequestIncidentDelegate.class.getName());

  @Inject DeviceSearches searches;

  @Override
  public void execute(DelegateExecution execution) {
    long id = ProcessVariables.id(execution, RecordsProcesses.SEARCH_ID);
    SearchView search = searches.forFlow(id);
    List<MessageCorrelationResult> results =
        execution
            .getProcessEngineServices()
            .getRuntimeService()
            .createMessageCorrelation(Messages.INCIDENT_REQUESTED)
            .setVariable(Messages.SOURCE_TYPE, "device-search")
            .setVariable(Messages.SOURCE_ID, search.id())
            .setVariable(Messages.SOURCE_REFERENCE, search.reference())
            .setVariable(Messages.PUPIL_REFERENCE, search.pupilReference())
            .setVariable(Messages.YEAR_GROUP, search.yearGroup())
            .setVariable(Messages.DEVICE, search.device())
            .setVariable(Messages.DEVICE_OWNERSHIP, search.ownership())
            .setVariable(Messages.DESCRIPTION, description(search))
            .setVariable(Messages.REPORTED_BY, search.requestedBy())
            .setVariable(
                Messages.OCCURRED_AT,
                Date.from(
                    search.searchedAt() == null ? ProcessVariables.now() : search.searchedAt()))
            .correlateAllWithResult();
    String note;
    if (results.isEmpty()) {
      LOG.warning(
          () -> "No flow receives the incident of " + search.reference() + ": report it by hand");
      note = "No flow took the incident: report it by hand";
    } else {
      MessageCorrelationResult first = results.get(0);
      note =
          "Opened"
              + (first.getProcessInstance() == null
                  ? ""
                  : " as " + first.getProcessInstance().getBusinessKey());
    }
    searches.incidentOpened(id, note);
  }

  /** What the DSL reads on the incident: the device, why it was searched and what was found. */
  static String description(SearchView search) {
    String text =
        "Device search "
            + search.reference()
            + ": material found that may be illegal on "
            + search.device()
            + " ("
            + search.ownership()
            + "). Grounds: "
            + search.grounds()
            + ". Found: "
            + search.findings()
            + ". Searched by "
            + search.searchedBy()
            + ", witness "
            + search.witness()
            + ".";
    return text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
  }
}
