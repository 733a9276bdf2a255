package org.beacon.platform.tasks;

import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.PageRequest;

/**
 * What the caller asked the task list for.
 *
 * @param processDefinitionKey only tasks of this process model
 * @param mine only tasks the caller holds
 * @param overdue only tasks past their due date
 * @param page page number from 0
 * @param size tasks per page, 1 to 200
 * @param businessKey only tasks of the case with this reference
 */
public record TaskFilter(
    String processDefinitionKey,
    boolean mine,
    boolean overdue,
    int page,
    int size,
    String businessKey) {

  public TaskFilter(
      String processDefinitionKey, boolean mine, boolean overdue, int page, int size) {
    this(processDefinitionKey, mine, overdue, page, size, null);
  }

  public static final int MAX_SIZE = PageRequest.MAX_SIZE;

  /** Builds a filter from query parameters, refusing what makes no sense. */
  public static TaskFilter of(
      String processDefinitionKey, String assignee, boolean overdue, Integer page, Integer size) {
    return of(processDefinitionKey, assignee, overdue, page, size, null);
  }

  /** As {@link #of(String, String, boolean, Integer, Integer)}, for one case's tasks. */
  public static TaskFilter of(
      String processDefinitionKey,
      String assignee,
      boolean overdue,
      Integer page,
      Integer size,
      String businessKey) {
    FieldErrors errors = new FieldErrors();
    if (assignee != null && !assignee.isBlank() && !"me".equals(assignee)) {
      errors.put("assignee", "only 'me' is supported");
    }
    PageRequest paging = PageRequest.of(page, size, errors);
    errors.throwIfAny("Invalid task list query");
    String key =
        processDefinitionKey == null || processDefinitionKey.isBlank()
            ? null
            : processDefinitionKey;
    String caseKey = businessKey == null || businessKey.isBlank() ? null : businessKey.trim();
    return new TaskFilter(
        key, "me".equals(assignee), overdue, paging.page(), paging.size(), caseKey);
  }
}
