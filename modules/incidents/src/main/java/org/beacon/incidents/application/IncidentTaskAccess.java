package org.beacon.incidents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.IncidentRepository;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.TaskAccessRule;

/** A member of staff named in an incident never sees its tasks, whatever roles they hold. */
@ApplicationScoped
public class IncidentTaskAccess implements TaskAccessRule {

  @Inject IncidentRepository incidents;

  @Override
  public boolean excludes(Caller caller, String processDefinitionKey, String businessKey) {
    return IncidentProcess.KEY.equals(processDefinitionKey)
        && businessKey != null
        && incidents.namesStaff(businessKey, caller.username());
  }

  /** One query for a page of the task list. */
  @Override
  public Set<String> excludedBusinessKeys(Caller caller, String processDefinitionKey, Collection<String> businessKeys) {
    return IncidentProcess.KEY.equals(processDefinitionKey)
        ? incidents.namingStaff(businessKeys, caller.username())
        : Set.of();
  }
}
