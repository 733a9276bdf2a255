package org.beacon.platform.tasks;

import java.util.LinkedHashMap;
import java.util.Map;
import org.beacon.platform.api.BeaconProblem;

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
    String processDefinitionKey, boolean mine, boolean overdue, int page, int size, String businessKey) {

  public TaskFilter(String processDefinitionKey, boolean mine, boolean overdue, int page, int size) {
    this(processDefinitionKey, mine, overdue, page, size, null);
  }

  public static final int MAX_SIZE = 200;

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
    Map<String, String> errors = new LinkedHashMap<>();
    if (assignee != null && !assignee.isBlank() && !"me".equals(assignee)) {
      errors.put("assignee", "only 'me' is supported");
    }
    int p = page == null ? 0 : page;
    int s = size == null ? 50 : size;
    if (p < 0) {
      errors.put("page", "must be 0 or more");
    }
    if (s < 1 || s > MAX_SIZE) {
      errors.put("size", "must be between 1 and " + MAX_SIZE);
    }
    if (!errors.isEmpty()) {
      throw BeaconProblem.invalid("Invalid task list query", errors);
    }
    String key = processDefinitionKey == null || processDefinitionKey.isBlank() ? null : processDefinitionKey;
    String caseKey = businessKey == null || businessKey.isBlank() ? null : businessKey.trim();
    return new TaskFilter(key, "me".equals(assignee), overdue, p, s, caseKey);
  }
}
