package org.beacon.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beacon.governance.api.PolicyProcesses;
import org.beacon.governance.domain.policy.PolicyRepository;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.TaskAccessRule;

/**
 * Four eyes on policies: whoever submitted a version never sees its approval task, even when they
 * are a governor too, so the governing body's approval is always someone else's.
 */
@ApplicationScoped
public class GovernanceTaskAccess implements TaskAccessRule {

  private static final Pattern VERSION = Pattern.compile("POLICY-(\\d{1,18})-V(\\d{1,9})");

  @Inject PolicyRepository policies;

  @Override
  public boolean excludes(Caller caller, String processDefinitionKey, String businessKey) {
    if (!PolicyProcesses.APPROVAL_KEY.equals(processDefinitionKey) || businessKey == null) {
      return false;
    }
    Matcher version = VERSION.matcher(businessKey);
    return version.matches()
        && policies
            .submitter(Long.parseLong(version.group(1)), Integer.parseInt(version.group(2)))
            .map(caller.username()::equals)
            .orElse(false);
  }
}
