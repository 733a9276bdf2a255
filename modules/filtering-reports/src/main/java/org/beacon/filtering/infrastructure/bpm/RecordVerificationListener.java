package org.beacon.filtering.infrastructure.bpm;

import static org.beacon.filtering.api.FilteringChangeRequestProcess.VERIFICATION_NOTE;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.VERIFICATION_RESULT;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The address was tested again: as expected, the change is verified; otherwise a note says what
 * happened and the change goes back to be applied again.
 */
@Dependent
@Named("filteringRecordVerificationListener")
public class RecordVerificationListener implements TaskListener {

  @Inject FilteringVariables variables;

  @Override
  public void notify(DelegateTask task) {
    String note = ProcessVariables.text(task, VERIFICATION_NOTE);
    if ("asExpected".equals(ProcessVariables.text(task, VERIFICATION_RESULT))) {
      variables
          .changeRequest(task)
          .verified(ProcessVariables.actor(task), ProcessVariables.now(), note);
    } else if (note == null) {
      throw BeaconProblem.invalid(
          "Say what happened when the address was tested",
          Map.of(VERIFICATION_NOTE, "is required when the test failed"));
    }
  }
}
