package org.beacon.platform.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link TaskListQuery} selects, page by page, exactly the tasks the engine's own query for "mine,
 * or unassigned and offered to one of my roles" selects, in the same order: over tasks of several
 * models, assigned and unassigned, offered to one role, to two of the caller's roles at once (no
 * duplicates), to other roles, suspended, overdue and not, and created at the same millisecond.
 */
class TaskListQueryProcessTest {

  private static final Date NOW = new Date(1_767_225_600_000L); // 2026-01-01T00:00:00Z

  @RegisterExtension ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  private final List<String> standaloneTasks = new ArrayList<>();

  @BeforeEach
  void tasksOfEveryKind() {
    deploy(flow("CaseFlow"));
    deploy(flow("OtherFlow"));
    String[][] offers = {
      {"dsl", null}, {"dsl,head", null}, {"head", null}, {"staff", null}, {"dsl", "dsl"},
      {"dsl", "dsl2"}, {"governor", "dsl"}, {"head", "head"}, {"dsl", null}, {"dsl,head", "dsl"}
    };
    for (int i = 0; i < 30; i++) {
      // Two tasks per millisecond, so the order by id decides between them.
      ClockUtil.setCurrentTime(new Date(NOW.getTime() + (i / 2) * 60_000L));
      String[] offer = offers[i % offers.length];
      String key = i % 3 == 0 ? "OtherFlow" : "CaseFlow";
      Map<String, Object> variables =
          Map.of("groups", offer[0], "due", new Date(NOW.getTime() + (i % 4 - 2) * 86_400_000L));
      String instance = runtime(key, "CASE-" + (i % 7), variables);
      Task task = tasks().createTaskQuery().processInstanceId(instance).singleResult();
      if (offer[1] != null) {
        tasks().setAssignee(task.getId(), offer[1]);
      }
      if (i % 11 == 5) {
        extension.getProcessEngine().getRuntimeService().suspendProcessInstanceById(instance);
      }
    }
    Task loose = tasks().newTask();
    loose.setName("Standalone");
    tasks().saveTask(loose);
    tasks().addCandidateGroup(loose.getId(), "dsl");
    standaloneTasks.add(loose.getId());
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    standaloneTasks.forEach(id -> tasks().deleteTask(id, true));
  }

  @Test
  void everyPageMatchesTheEnginesOwnQueryForEachCallerAndFilter() {
    List<Caller> callers =
        List.of(
            new Caller("dsl", Set.of(Role.DSL)),
            new Caller("dsl", Set.of(Role.DSL, Role.HEAD)),
            new Caller("head", Set.of(Role.HEAD)),
            new Caller("dsl2", Set.of(Role.DSL)),
            new Caller("nobody", Set.of()));
    List<TaskFilter> filters = new ArrayList<>();
    for (int size : new int[] {3, 7, 50}) {
      for (int page = 0; page < 5; page++) {
        filters.add(new TaskFilter(null, false, false, page, size));
      }
    }
    filters.add(new TaskFilter(null, true, false, 0, 50));
    filters.add(new TaskFilter(null, false, true, 0, 50));
    filters.add(new TaskFilter("OtherFlow", false, false, 0, 4));
    filters.add(new TaskFilter("OtherFlow", false, false, 1, 4));
    filters.add(new TaskFilter(null, false, false, 0, 50, "CASE-3"));
    filters.add(new TaskFilter("CaseFlow", true, true, 0, 50, "CASE-1"));

    int nonEmpty = 0;
    for (Caller caller : callers) {
      for (TaskFilter filter : filters) {
        List<String> expected = ids(engineQuery(caller, filter).listPage(filter.page() * filter.size(), filter.size() + 1));
        List<String> actual = ids(TaskListQuery.of(caller, filter, NOW).pageAndOneMore(tasks(), filter));
        assertThat(actual).as("%s, %s", caller, filter).isEqualTo(expected);
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
    }
    // The comparison means something only if most pages hold tasks.
    assertThat(nonEmpty).isGreaterThan(40);
  }

  @Test
  void aTaskOfferedToTwoOfTheCallersRolesIsListedOnce() {
    Caller both = new Caller("someone", Set.of(Role.DSL, Role.HEAD));
    List<String> ids = ids(TaskListQuery.of(both, new TaskFilter(null, false, false, 0, 200), NOW).pageAndOneMore(tasks(), new TaskFilter(null, false, false, 0, 200)));

    assertThat(ids).doesNotHaveDuplicates().isNotEmpty();
    assertThat(ids).contains(standaloneTasks.get(0));
  }

  /** The engine's own query for the same list, which Beacon used before. */
  private TaskQuery engineQuery(Caller caller, TaskFilter filter) {
    TaskQuery query = tasks().createTaskQuery().active();
    if (filter.mine() || caller.groups().isEmpty()) {
      query.taskAssignee(caller.username());
    } else {
      query.or().taskAssignee(caller.username()).taskCandidateGroupIn(List.copyOf(caller.groups())).endOr();
    }
    if (filter.processDefinitionKey() != null) {
      query.processDefinitionKey(filter.processDefinitionKey());
    }
    if (filter.businessKey() != null) {
      query.processInstanceBusinessKey(filter.businessKey());
    }
    if (filter.overdue()) {
      query.dueBefore(NOW);
    }
    return query.orderByTaskCreateTime().asc().orderByTaskId().asc();
  }

  private static BpmnModelInstance flow(String key) {
    return Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Work")
        .camundaCandidateGroups("${groups}")
        .camundaDueDate("${due}")
        .endEvent()
        .done();
  }

  private String runtime(String key, String businessKey, Map<String, Object> variables) {
    return extension.getProcessEngine().getRuntimeService().startProcessInstanceByKey(key, businessKey, variables).getId();
  }

  private void deploy(BpmnModelInstance model) {
    extension.manageDeployment(
        engine().getRepositoryService().createDeployment().addModelInstance("model.bpmn", model).deploy());
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }

  private TaskService tasks() {
    return engine().getTaskService();
  }

  private ProcessEngine engine() {
    return extension.getProcessEngine();
  }
}
