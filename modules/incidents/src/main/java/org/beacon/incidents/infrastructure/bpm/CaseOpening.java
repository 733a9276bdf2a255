package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.beacon.incidents.domain.Incident;
import org.beacon.platform.api.Messages;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;

/**
 * Opens a case in another module by a BPMN message, and notes in the incident log whether a flow
 * took the message. The incident flow goes on either way: a missing receiver must not stop the
 * DSL's work, but the log says the case has to be opened by hand.
 */
@ApplicationScoped
class CaseOpening {

  private static final Logger LOG = Logger.getLogger(CaseOpening.class.getName());

  @Inject RuntimeService runtimeService;
  @Inject IncidentVariables variables;

  void open(DelegateExecution execution, String message, String kind, Map<String, Object> payload) {
    Incident incident = variables.incident(execution);
    var correlation =
        runtimeService
            .createMessageCorrelation(message)
            .setVariable(Messages.SOURCE_TYPE, "incident")
            .setVariable(Messages.SOURCE_ID, incident.id())
            .setVariable(Messages.SOURCE_REFERENCE, incident.reference());
    payload.forEach(correlation::setVariable);
    var results = correlation.correlateAllWithResult();
    String note;
    if (results.isEmpty()) {
      LOG.warning(
          () ->
              "No flow receives "
                  + message
                  + " for "
                  + incident.reference()
                  + ": open the case by hand");
      note = "No flow took " + message + ": open the case by hand";
    } else {
      MessageCorrelationResult first = results.get(0);
      String started =
          first.getProcessInstance() != null
              ? first.getProcessInstance().getBusinessKey()
              : first.getExecution() == null ? null : first.getExecution().getProcessInstanceId();
      note = "Opened" + (started == null ? "" : " as " + started);
    }
    incident.link(kind, ProcessVariables.now(), note);
  }
}
