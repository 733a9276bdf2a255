package org.beacon.platform.api;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A module's veto on who may see or work a task of its processes, beyond candidate groups: for
 * example, a member of staff named in a case never sees that case's tasks, even when they hold the
 * role the task is offered to. Implementations are CDI beans; the task API asks all of them.
 */
public interface TaskAccessRule {

  /**
   * @param caller the person asking
   * @param processDefinitionKey the key of the task's process
   * @param businessKey the business key of the task's process instance, may be null
   * @return true when the caller must not see or work the task
   */
  boolean excludes(Caller caller, String processDefinitionKey, String businessKey);

  /**
   * The business keys, of instances of one process, whose tasks the caller must not see: what a
   * task list asks once per page rather than once per task. The default asks {@link #excludes} for
   * each key; a rule that reads the database answers them with one query.
   *
   * @param businessKeys the business keys of the page's tasks of that process, none null
   */
  default Set<String> excludedBusinessKeys(
      Caller caller, String processDefinitionKey, Collection<String> businessKeys) {
    Set<String> excluded = new HashSet<>();
    for (String businessKey : businessKeys) {
      if (excludes(caller, processDefinitionKey, businessKey)) {
        excluded.add(businessKey);
      }
    }
    return excluded;
  }
}
