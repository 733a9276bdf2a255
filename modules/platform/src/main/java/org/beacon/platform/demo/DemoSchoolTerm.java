package org.beacon.platform.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.DemoTerm;
import org.beacon.platform.identity.BeaconUser;
import org.beacon.platform.identity.Directory;
import org.beacon.platform.tasks.HumanTasks;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The demo term as modules see it: the platform's directory, and tasks completed through {@link
 * HumanTasks}.
 */
final class DemoSchoolTerm implements DemoTerm {

  private final LocalDate today;
  private final Directory directory;
  private final TaskService taskService;
  private final HumanTasks tasks;

  DemoSchoolTerm(LocalDate today, Directory directory, TaskService taskService, HumanTasks tasks) {
    this.today = today;
    this.directory = directory;
    this.taskService = taskService;
    this.tasks = tasks;
  }

  @Override
  public LocalDate today() {
    return today;
  }

  @Override
  public Caller as(String username) {
    BeaconUser user =
        directory
            .find(username)
            .orElseThrow(
                () -> new IllegalStateException("The demo school has no user " + username));
    return new Caller(user.username(), user.roles());
  }

  @Override
  public void complete(
      String username, String businessKey, String taskDefinitionKey, Map<String, ?> values) {
    List<Task> open =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(taskDefinitionKey)
            .orderByTaskCreateTime()
            .asc()
            .list();
    if (open.isEmpty()) {
      throw new IllegalStateException(
          "No open task " + taskDefinitionKey + " in case " + businessKey);
    }
    tasks.complete(as(username), open.get(0).getId(), json(values));
  }

  static JsonObject json(Map<String, ?> values) {
    return Json.createObjectBuilder(new LinkedHashMap<String, Object>(values)).build();
  }
}
