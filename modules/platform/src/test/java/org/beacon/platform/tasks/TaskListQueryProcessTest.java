package org.beacon.platform.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 * duplicates), to other roles, suspended, overdue and not, and created at the same millisecond; in
 * the SQL for H2 (this engine's database, with the index hint) and the SQL for every other
 * database. And H2's plans of it: the part offered to the roles walks the index on create time.
 */
class TaskListQueryProcessTest {

  private static final Date NOW = new Date(1_767_225_600_000L); // 2026-01-01T00:00:00Z

  @RegisterExtension ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  private final List<String> standaloneTasks = new ArrayList<>();

  @BeforeEach
  void theIndexesBeaconAddsToTheEnginesTables() throws IOException, SQLException {
    // What SchemaMigrations applies after the engine starts (the H2 SQL names one of these
    // indexes), run statement by statement: Flyway itself needs the server's Jackson.
    String migration;
    try (InputStream in =
        getClass().getResourceAsStream("/db/migration/engine/V1__task_list_indexes.sql")) {
      migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection connection = configuration().getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : migration.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }

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

    assertThat(databaseType()).isEqualTo(TaskListQuery.H2);
    int nonEmpty = 0;
    for (Caller caller : callers) {
      for (TaskFilter filter : filters) {
        List<String> expected =
            ids(
                engineQuery(caller, filter)
                    .listPage(filter.page() * filter.size(), filter.size() + 1));
        for (String databaseType : List.of(TaskListQuery.H2, "postgres")) {
          List<String> actual =
              ids(
                  TaskListQuery.of(caller, filter, NOW, databaseType)
                      .pageAndOneMore(tasks(), filter));
          assertThat(actual)
              .as("%s, %s, SQL for %s", caller, filter, databaseType)
              .isEqualTo(expected);
        }
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
    }
    // The comparison means something only if most pages hold tasks.
    assertThat(nonEmpty).isGreaterThan(40);
  }

  @Test
  void aTaskOfferedToTwoOfTheCallersRolesIsListedOnce() {
    Caller both = new Caller("someone", Set.of(Role.DSL, Role.HEAD));
    List<String> ids =
        ids(
            TaskListQuery.of(both, new TaskFilter(null, false, false, 0, 200), NOW, databaseType())
                .pageAndOneMore(tasks(), new TaskFilter(null, false, false, 0, 200)));

    assertThat(ids).doesNotHaveDuplicates().isNotEmpty();
    assertThat(ids).contains(standaloneTasks.get(0));
  }

  @Test
  void onH2TheTasksOfferedToTheRolesAreReadInCreateTimeOrderFromTheIndexNotSortedAfterward()
      throws SQLException {
    Caller dsl = new Caller("dsl", Set.of(Role.DSL));
    TaskFilter firstPage = new TaskFilter(null, false, false, 0, 50);

    String plan = plan(TaskListQuery.of(dsl, firstPage, NOW, TaskListQuery.H2));
    String unaided = plan(TaskListQuery.of(dsl, firstPage, NOW, "postgres"));

    // The index walked in order, and the part cut at the page as soon as it is full.
    assertThat(plan).contains(TaskListQuery.CREATED_INDEX + " */").contains("/* index sorted */");
    assertThat(plan).doesNotContain("ASSIGNEE_ IS NULL */");
    // What H2 does unaided: every unassigned task through the assignee index, then a sort.
    assertThat(unaided).contains("ASSIGNEE_ IS NULL */").doesNotContain("index sorted");
  }

  @Test
  void onH2OneCasesTasksAreStillFoundThroughItsProcessInstance() throws SQLException {
    Caller dsl = new Caller("dsl", Set.of(Role.DSL));

    String plan =
        plan(
            TaskListQuery.of(
                dsl, new TaskFilter(null, false, false, 0, 50, "CASE-3"), NOW, TaskListQuery.H2));

    assertThat(plan).doesNotContain(TaskListQuery.CREATED_INDEX).contains("PROC_INST_ID_ IN(");
  }

  /** H2's plan of the query, its {@code #{name}} placeholders bound as JDBC parameters. */
  private String plan(TaskListQuery query) throws SQLException {
    Matcher placeholder = Pattern.compile("#\\{(\\w+)}").matcher(query.sql());
    List<Object> values = new ArrayList<>();
    StringBuilder sql = new StringBuilder("explain ");
    while (placeholder.find()) {
      Object value = query.parameters().get(placeholder.group(1));
      values.add(value instanceof Date date ? new Timestamp(date.getTime()) : value);
      placeholder.appendReplacement(sql, "?");
    }
    placeholder.appendTail(sql);
    try (Connection connection = configuration().getDataSource().getConnection();
        PreparedStatement explain = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < values.size(); i++) {
        explain.setObject(i + 1, values.get(i));
      }
      try (ResultSet result = explain.executeQuery()) {
        result.next();
        return result.getString(1);
      }
    }
  }

  /** The engine's own query for the same list, which Beacon used before. */
  private TaskQuery engineQuery(Caller caller, TaskFilter filter) {
    TaskQuery query = tasks().createTaskQuery().active();
    if (filter.mine() || caller.groups().isEmpty()) {
      query.taskAssignee(caller.username());
    } else {
      query
          .or()
          .taskAssignee(caller.username())
          .taskCandidateGroupIn(List.copyOf(caller.groups()))
          .endOr();
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
    return extension
        .getProcessEngine()
        .getRuntimeService()
        .startProcessInstanceByKey(key, businessKey, variables)
        .getId();
  }

  private void deploy(BpmnModelInstance model) {
    extension.manageDeployment(
        engine()
            .getRepositoryService()
            .createDeployment()
            .addModelInstance("model.bpmn", model)
            .deploy());
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }

  private TaskService tasks() {
    return engine().getTaskService();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration();
  }

  private String databaseType() {
    return configuration().getDatabaseType();
  }

  private ProcessEngine engine() {
    return extension.getProcessEngine();
  }
}
