package org.beacon.allegations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.TaskAccessRule;

/**
 * The accused never sees a task of the case against them, and a head accused loses the head's
 * access: the task API leaves such tasks out of lists and answers 404 for them.
 */
@ApplicationScoped
public class AllegationTaskAccess implements TaskAccessRule {

  @Inject AllegationRepository allegations;
  @Inject AllegationAccess access;

  @Override
  public boolean excludes(Caller caller, String processDefinitionKey, String businessKey) {
    if (!AllegationProcess.KEY.equals(processDefinitionKey)) {
      return false;
    }
    if (businessKey == null) {
      // Not yet recorded (the first step of a message start): nobody sees a case without a record.
      return true;
    }
    return allegations
        .findByReference(businessKey)
        .map(allegation -> access.excludedFromCase(caller, allegation))
        .orElse(true);
  }
}
