package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.Classification;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Writes the DSL's classification into the incident log when the classify task completes: what it
 * is, and everyone and everything it involves (any of a child, staff and content; at least one
 * unless the DSL is unsure).
 */
@Dependent
@Named("incidentsRecordClassificationListener")
public class RecordClassificationListener implements TaskListener {

  @Inject IncidentVariables variables;

  @Override
  public void notify(DelegateTask task) {
    String classification = ProcessVariables.text(task, IncidentProcess.CLASSIFICATION);
    Classification parsed =
        Classification.fromId(classification)
            .orElseThrow(
                () -> new IllegalStateException("Unknown classification " + classification));
    List<String> involves = new ArrayList<>();
    if (ProcessVariables.flag(task, IncidentProcess.INVOLVES_CHILD)) involves.add("child");
    if (ProcessVariables.flag(task, IncidentProcess.INVOLVES_STAFF)) involves.add("staff");
    if (ProcessVariables.flag(task, IncidentProcess.INVOLVES_CONTENT)) involves.add("content");
    // Illegal or inappropriate runs one branch per tick: with none, nothing would be done at all.
    if (involves.isEmpty() && parsed != Classification.UNSURE) {
      throw BeaconProblem.invalid(
          "Tick who or what the incident involves",
          Map.of(
              IncidentProcess.INVOLVES_CHILD,
              "tick at least one of a child, a member of staff and content"));
    }
    String involved = involves.isEmpty() ? null : String.join(",", involves);
    variables.change(
        task,
        incident ->
            incident.classify(
                parsed,
                involved,
                ClockUtil.now().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant()));
  }
}
