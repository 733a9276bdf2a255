package org.beacon.allegations.infrastructure.bpm;

import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Finds the allegation a step of the flow works on; other variables: {@link ProcessVariables}. */
final class AllegationVariables {

  private AllegationVariables() {}

  static Allegation allegation(AllegationRepository allegations, VariableScope scope) {
    long id = ProcessVariables.id(scope, AllegationProcess.ALLEGATION_ID);
    return allegations
        .find(id)
        .orElseThrow(() -> new IllegalStateException("Allegation " + id + " does not exist"));
  }
}
