package org.beacon.platform.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.TaskAccessRule;

/**
 * Every module's {@link TaskAccessRule}, asked as one: a task is kept from a person if any rule
 * says so.
 */
@ApplicationScoped
public class TaskAccessRules {

  @Inject @Any Instance<TaskAccessRule> rules;

  private List<TaskAccessRule> fixed;

  /** These rules and no others: for work outside the container, such as a process test. */
  public static TaskAccessRules of(List<TaskAccessRule> rules) {
    TaskAccessRules all = new TaskAccessRules();
    all.fixed = List.copyOf(rules);
    return all;
  }

  /** Every rule, in no particular order. */
  public Iterable<TaskAccessRule> all() {
    return fixed != null ? fixed : rules;
  }

  /** Whether any rule keeps the task of this case from the caller. */
  public boolean exclude(Caller caller, String processDefinitionKey, String businessKey) {
    for (TaskAccessRule rule : all()) {
      if (rule.excludes(caller, processDefinitionKey, businessKey)) {
        return true;
      }
    }
    return false;
  }
}
