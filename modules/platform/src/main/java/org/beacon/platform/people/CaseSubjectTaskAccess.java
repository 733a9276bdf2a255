package org.beacon.platform.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.TaskAccessRule;

/**
 * Nobody sees a task of a case they are named in as its subject, in any module, whatever roles they
 * hold: the accused, staff involved in an incident, the account in a filtering report.
 */
@ApplicationScoped
public class CaseSubjectTaskAccess implements TaskAccessRule {

  @Inject CaseParties parties;

  /** The rule over these parties: for work outside the container, such as a process test. */
  public static CaseSubjectTaskAccess over(CaseParties parties) {
    CaseSubjectTaskAccess rule = new CaseSubjectTaskAccess();
    rule.parties = parties;
    return rule;
  }

  @Override
  public boolean excludes(Caller caller, String processDefinitionKey, String businessKey) {
    return businessKey != null && parties.isSubject(caller, processDefinitionKey, businessKey);
  }

  @Override
  public Set<String> excludedBusinessKeys(
      Caller caller, String processDefinitionKey, Collection<String> businessKeys) {
    return parties.subjectOf(caller, processDefinitionKey, businessKeys);
  }
}
