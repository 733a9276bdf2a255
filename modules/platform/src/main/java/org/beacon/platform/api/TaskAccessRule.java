package org.beacon.platform.api;

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
}
