package org.beacon.platform.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.Role;
import org.beacon.platform.api.TaskAccessRule;
import org.beacon.platform.engine.BeaconEngine;
import org.beacon.platform.people.PeopleResource;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.NativeProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The human-task API every module and the web UI works tasks through. A caller may work a task that
 * is assigned to them, or that offers itself to a role (candidate group) they hold. Every read and
 * action is audited, refusals included.
 */
@ApplicationScoped
public class HumanTasks {

  static final String RESOURCE = "task";

  @Inject TaskService taskService;
  @Inject FormService formService;
  @Inject RepositoryService repositoryService;
  @Inject RuntimeService runtimeService;
  @Inject IdentityService identityService;
  @Inject AuditLog audit;
  @Inject TaskAccessRules accessRules;
  @Inject BeaconEngine engine;
  @Inject CaseParties parties;

  private final Map<String, Definition> definitions = new ConcurrentHashMap<>();
  private volatile String databaseType;

  /**
   * The tasks the caller may work on: their own, and unclaimed ones offered to their roles. One
   * transaction for the page's queries and its audit entry.
   */
  @Transactional
  public TaskPage list(Caller caller, TaskFilter filter) {
    // The page is cut from the tasks the caller may see, so neither its length nor hasMore hints
    // at a task left out: rows are read from the first on until the page and one more are visible
    // (one query for the first page when nothing is left out, as before).
    TaskListQuery query = TaskListQuery.of(caller, filter, new Date(), databaseType());
    int first = filter.page() * filter.size();
    int wanted = first + filter.size() + 1;
    List<TaskView> visible = new ArrayList<>();
    int offset = 0;
    int batch = wanted;
    while (true) {
      List<Task> rows = query.rows(taskService, offset, batch);
      List<TaskView> views = views(rows);
      Set<String> excluded = excludedIds(caller, views);
      views.stream().filter(view -> !excluded.contains(view.id())).forEach(visible::add);
      offset += rows.size();
      if (rows.size() < batch || visible.size() >= wanted) {
        break;
      }
      batch = Math.max(filter.size(), wanted - visible.size());
    }
    boolean hasMore = visible.size() > first + filter.size();
    List<TaskView> page =
        visible.subList(
            Math.min(first, visible.size()), Math.min(first + filter.size(), visible.size()));
    audit.allowed("list", RESOURCE, null, page.size() + " task(s)");
    return new TaskPage(List.copyOf(page), filter.page(), filter.size(), hasMore);
  }

  public TaskDetail get(Caller caller, String taskId) {
    Task task = workable(caller, taskId, "read");
    audit.allowed("read", RESOURCE, taskId);
    TaskForm form =
        new TaskForm(
            formService.getTaskFormData(taskId).getFormFields(),
            name -> taskService.getVariable(taskId, name));
    TaskView view = views(List.of(task)).get(0);
    return new TaskDetail(
        view,
        candidateGroups(taskId),
        task.getDescription(),
        task.getFormKey(),
        form.view(),
        peopleToConfirm(caller, view));
  }

  /** The names in the task's case that a DSL not matched by them is to link or reject. */
  private List<PeopleResource.MentionView> peopleToConfirm(Caller caller, TaskView task) {
    if (!caller.has(Role.DSL)
        || task.processDefinitionKey() == null
        || task.businessKey() == null) {
      return List.of();
    }
    return parties.mentions(task.processDefinitionKey(), task.businessKey()).stream()
        .filter(m -> m.status() == CaseParties.Status.TO_REVIEW)
        .filter(m -> m.people().stream().noneMatch(p -> p.username().equals(caller.username())))
        .map(PeopleResource.MentionView::of)
        .toList();
  }

  @Transactional
  public TaskView claim(Caller caller, String taskId) {
    Task task = workable(caller, taskId, "claim");
    if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
      throw refused(
          "claim", taskId, BeaconProblem.conflict("This task is already claimed by someone else"));
    }
    try {
      as(caller, () -> taskService.claim(taskId, caller.username()));
    } catch (TaskAlreadyClaimedException | OptimisticLockingException raced) {
      throw refused(
          "claim", taskId, BeaconProblem.conflict("This task was just claimed by someone else"));
    }
    audit.allowed("claim", RESOURCE, taskId);
    return view(taskId);
  }

  @Transactional
  public TaskView unclaim(Caller caller, String taskId) {
    Task task = workable(caller, taskId, "unclaim");
    if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
      throw refused(
          "unclaim",
          taskId,
          BeaconProblem.conflict("Only the person holding a task can hand it back"));
    }
    try {
      as(caller, () -> taskService.setAssignee(taskId, null));
    } catch (OptimisticLockingException raced) {
      throw refused(
          "unclaim", taskId, BeaconProblem.conflict("The task changed meanwhile; try again"));
    }
    audit.allowed("unclaim", RESOURCE, taskId);
    return view(taskId);
  }

  /**
   * Completes a task with the values of its form. An unclaimed task is claimed by the caller first,
   * so the history says who completed it.
   */
  @Transactional
  public void complete(Caller caller, String taskId, JsonObject submitted) {
    Task task = workable(caller, taskId, "complete");
    if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
      throw refused(
          "complete", taskId, BeaconProblem.conflict("This task is claimed by someone else"));
    }
    Map<String, Object> values;
    try {
      values =
          new TaskForm(
                  formService.getTaskFormData(taskId).getFormFields(),
                  name -> taskService.getVariable(taskId, name))
              .accept(submitted);
    } catch (BeaconProblem invalid) {
      throw refused("complete", taskId, invalid);
    }
    try {
      as(
          caller,
          () -> {
            if (task.getAssignee() == null) {
              taskService.claim(taskId, caller.username());
            }
            formService.submitTaskForm(taskId, values);
          });
    } catch (TaskAlreadyClaimedException | OptimisticLockingException raced) {
      throw refused(
          "complete", taskId, BeaconProblem.conflict("The task changed meanwhile; reload it"));
    }
    audit.allowed("complete", RESOURCE, taskId, "fields: " + String.join(", ", values.keySet()));
  }

  /** Runs engine calls as the caller, so the engine's user operation log names them. */
  private void as(Caller caller, Runnable action) {
    identityService.setAuthentication(caller.username(), List.copyOf(caller.groups()));
    try {
      action.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The task, if the caller may work on it; otherwise 404 or 403, audited as refused. */
  private Task workable(Caller caller, String taskId, String action) {
    Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null) {
      throw refused(action, taskId, BeaconProblem.notFound("No such task"));
    }
    if (excluded(caller, views(List.of(task)).get(0))) {
      // Someone a case is about must not even learn that the task exists: checked before the
      // candidate groups, so a 403 never tells them either.
      throw refused(action, taskId, BeaconProblem.notFound("No such task"));
    }
    if (!mayWork(caller, task)) {
      throw refused(action, taskId, BeaconProblem.forbidden("This task is not for you"));
    }
    return task;
  }

  private boolean mayWork(Caller caller, Task task) {
    if (caller.username().equals(task.getAssignee())) {
      return true;
    }
    Set<String> groups = caller.groups();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (caller.username().equals(link.getUserId())
          || (link.getGroupId() != null && groups.contains(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }

  /** The ids of the tasks on a page the caller must not see: each rule asked once per process. */
  private Set<String> excludedIds(Caller caller, List<TaskView> tasks) {
    Map<String, List<TaskView>> byProcess =
        tasks.stream()
            .filter(task -> task.processDefinitionKey() != null && task.businessKey() != null)
            .collect(Collectors.groupingBy(TaskView::processDefinitionKey));
    Set<String> excluded = new HashSet<>();
    for (TaskAccessRule rule : accessRules.all()) {
      byProcess.forEach(
          (process, views) -> {
            Set<String> keys =
                rule.excludedBusinessKeys(
                    caller,
                    process,
                    views.stream().map(TaskView::businessKey).collect(Collectors.toSet()));
            views.stream()
                .filter(view -> keys.contains(view.businessKey()))
                .forEach(view -> excluded.add(view.id()));
          });
    }
    tasks.stream()
        .filter(task -> task.processDefinitionKey() == null || task.businessKey() == null)
        .filter(task -> excluded(caller, task))
        .forEach(task -> excluded.add(task.id()));
    return excluded;
  }

  private boolean excluded(Caller caller, TaskView task) {
    return accessRules.exclude(caller, task.processDefinitionKey(), task.businessKey());
  }

  private BeaconProblem refused(String action, String taskId, BeaconProblem problem) {
    audit.denied(action, RESOURCE, taskId, problem.getMessage());
    return problem;
  }

  private TaskView view(String taskId) {
    return views(List.of(taskService.createTaskQuery().taskId(taskId).singleResult())).get(0);
  }

  private List<TaskView> views(List<Task> tasks) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, String> businessKeys = businessKeys(tasks);
    return tasks.stream()
        .map(
            task -> {
              Definition definition =
                  task.getProcessDefinitionId() == null
                      ? null
                      : definition(task.getProcessDefinitionId());
              return new TaskView(
                  task.getId(),
                  task.getName(),
                  definition == null ? null : definition.name(),
                  definition == null ? null : definition.key(),
                  businessKeys.get(task.getProcessInstanceId()),
                  task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                  task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                  task.getAssignee());
            })
        .toList();
  }

  /**
   * The business keys of the tasks' process instances, by a native query: the engine's process
   * instance query builds its SQL from a large dynamic mapping on every call, which cost a quarter
   * of a task-list request.
   */
  private Map<String, String> businessKeys(List<Task> tasks) {
    List<String> instanceIds =
        tasks.stream().map(Task::getProcessInstanceId).filter(id -> id != null).distinct().toList();
    if (instanceIds.isEmpty()) {
      return Map.of();
    }
    List<String> names = new ArrayList<>();
    NativeProcessInstanceQuery query = runtimeService.createNativeProcessInstanceQuery();
    for (int i = 0; i < instanceIds.size(); i++) {
      names.add("#{id" + i + "}");
      query.parameter("id" + i, instanceIds.get(i));
    }
    return query
        .sql(
            "select RES.* from ACT_RU_EXECUTION RES where RES.ID_ in ("
                + String.join(", ", names)
                + ")")
        .list()
        .stream()
        .filter(p -> p.getBusinessKey() != null)
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
  }

  /** A deployed process definition never changes: its key and name are kept once read. */
  private Definition definition(String processDefinitionId) {
    return definitions.computeIfAbsent(
        processDefinitionId,
        id -> {
          ProcessDefinition definition = repositoryService.getProcessDefinition(id);
          return new Definition(definition.getKey(), nameOf(definition));
        });
  }

  private record Definition(String key, String name) {}

  /** The engine's database, which the task list's SQL is written for; read once the engine runs. */
  private String databaseType() {
    String type = databaseType;
    if (type == null) {
      type =
          ((ProcessEngineConfigurationImpl) engine.engine().getProcessEngineConfiguration())
              .getDatabaseType();
      databaseType = type;
    }
    return type;
  }

  private List<String> candidateGroups(String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .sorted()
        .toList();
  }

  private static String nameOf(ProcessDefinition definition) {
    return definition.getName() == null ? definition.getKey() : definition.getName();
  }
}
