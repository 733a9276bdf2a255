package org.beacon.filtering.infrastructure.bpm;

import static org.beacon.filtering.api.FilteringChangeRequestProcess.APPLIED_AT;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.FILTER_REFERENCE;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.SchoolTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Technical staff applied the change in the filtering product: when, and the product's reference.
 */
@Dependent
@Named("filteringRecordChangeAppliedListener")
public class RecordChangeAppliedListener implements TaskListener {

  @Inject FilteringVariables variables;

  @Override
  public void notify(DelegateTask task) {
    FieldErrors errors = new FieldErrors();
    Instant now = ProcessVariables.now();
    Instant at =
        SchoolTime.parseMoment(ProcessVariables.text(task, APPLIED_AT), APPLIED_AT, errors);
    if (at != null && at.isAfter(now.plus(Duration.ofMinutes(10)))) {
      errors.put(APPLIED_AT, "must not be in the future");
    }
    if (!errors.isEmpty()) {
      throw errors.problem("The form has " + errors.size() + " invalid field(s)");
    }
    variables
        .changeRequest(task)
        .applied(
            ProcessVariables.actor(task),
            at == null ? now : at,
            ProcessVariables.text(task, FILTER_REFERENCE));
  }
}
