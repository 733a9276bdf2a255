package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Map;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * When the technician records the evidence secured: a hash is refused where the DSL classified the
 * material as child abuse images, because hashing a file means opening and copying it, which no one
 * at school may do with such images; the police take the device as it is.
 */
@Dependent
@Named("incidentsCheckEvidenceListener")
public class CheckEvidenceListener implements TaskListener {

  static final String CHILD_ABUSE_IMAGES = "childAbuseImages";
  static final String EVIDENCE_HASH = "evidenceHash";

  @Override
  public void notify(DelegateTask task) {
    String hash = ProcessVariables.text(task, EVIDENCE_HASH);
    if (hash != null && !hash.isEmpty() && ProcessVariables.flag(task, CHILD_ABUSE_IMAGES)) {
      throw BeaconProblem.invalid(
          "Never hash suspected child abuse images",
          Map.of(
              EVIDENCE_HASH,
              "must be left blank: the material is suspected child abuse images, which no one at school may open, copy or hash"));
    }
  }
}
