package org.beacon.platform.tasks;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beacon.platform.api.Caller;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * One page of a caller's task list, as the engine's native task query: active tasks assigned to the
 * caller, or unassigned and offered to a role (candidate group) they hold, oldest first.
 *
 * <p>The engine's own {@code TaskQuery} with {@code or().taskAssignee(..).taskCandidateGroupIn(..)}
 * selects the same tasks, but as {@code select distinct} over a left join of every task with its
 * identity links: the database finds, de-duplicates and sorts every matching task before it can
 * return the first 50 (a quarter of a second per request at 100,000 open tasks on PostgreSQL). Here
 * the two kinds of task are two ordered parts of a {@code union all}, each cut at the end of the
 * page: the caller's own tasks through the index on the assignee, and the tasks offered to their
 * roles by walking the index on {@code (CREATE_TIME_, ID_)} (migration {@code
 * db/migration/engine}), testing each for a candidate link, until the page is full. When the roles
 * have few tasks the database starts from their candidate links instead.
 *
 * <p>H2 is told which index the second part walks ({@code USE INDEX}): left to itself it plans
 * {@code ASSIGNEE_ is null} as a lookup in the engine's index on the assignee, which yields every
 * unassigned task, tests each for a candidate link and sorts them all before it keeps a page (at
 * 100,000 open tasks 0.9 to 1.4 s per request, against 20 ms walking the index in order). Not with
 * a business-key filter: that one case H2 finds through the index on the process instance, which
 * the hint would rule out. PostgreSQL gets the same SQL as before; it walks the index unaided.
 */
final class TaskListQuery {

  private static final String ORDER = " order by RES.CREATE_TIME_ asc, RES.ID_ asc";

  /** The engine's name for H2 ({@code ProcessEngineConfigurationImpl#getDatabaseType()}). */
  static final String H2 = "h2";

  /** The index on {@code (CREATE_TIME_, ID_)} of migration {@code db/migration/engine} V1. */
  static final String CREATED_INDEX = "BCN_RU_TASK_CREATED";

  private static final String TASKS = "ACT_RU_TASK RES";

  private final String sql;
  private final Map<String, Object> parameters;

  private TaskListQuery(String sql, Map<String, Object> parameters) {
    this.sql = sql;
    this.parameters = parameters;
  }

  /**
   * @param databaseType the engine's database type ({@code h2}, {@code postgres}, ...), for the one
   *     hint H2 needs
   */
  static TaskListQuery of(Caller caller, TaskFilter filter, Date now, String databaseType) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    List<String> common = new ArrayList<>();
    common.add("RES.SUSPENSION_STATE_ = 1");
    if (filter.processDefinitionKey() != null) {
      common.add(
          "RES.PROC_DEF_ID_ in (select D.ID_ from ACT_RE_PROCDEF D where D.KEY_ = #{processDefinitionKey})");
      parameters.put("processDefinitionKey", filter.processDefinitionKey());
    }
    if (filter.businessKey() != null) {
      common.add(
          "RES.PROC_INST_ID_ in (select E.ID_ from ACT_RU_EXECUTION E"
              + " where E.BUSINESS_KEY_ = #{businessKey} and E.ID_ = E.PROC_INST_ID_)");
      parameters.put("businessKey", filter.businessKey());
    }
    if (filter.overdue()) {
      common.add("RES.DUE_DATE_ < #{now}");
      parameters.put("now", now);
    }
    parameters.put("assignee", caller.username());
    String assigned = part(TASKS, common, "RES.ASSIGNEE_ = #{assignee}");
    List<String> groups = caller.groups().stream().sorted().toList();
    if (filter.mine() || groups.isEmpty()) {
      return new TaskListQuery(assigned + ORDER, parameters);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      names.add("#{group" + i + "}");
      parameters.put("group" + i, groups.get(i));
    }
    String walkInOrder =
        H2.equals(databaseType) && filter.businessKey() == null
            ? TASKS + " use index (" + CREATED_INDEX + ")"
            : TASKS;
    String offered =
        part(
            walkInOrder,
            common,
            "RES.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_"
                + " and I.TYPE_ = 'candidate' and I.GROUP_ID_ in ("
                + String.join(", ", names)
                + "))");
    // Each part needs no more rows than the pages up to this one, and one more.
    String cut = ORDER + " limit " + ((long) (filter.page() + 1) * filter.size() + 1);
    String sql =
        "select RES.* from (("
            + assigned
            + cut
            + ") union all ("
            + offered
            + cut
            + ")) RES"
            + ORDER;
    return new TaskListQuery(sql, parameters);
  }

  private static String part(String from, List<String> common, String who) {
    return "select RES.* from " + from + " where " + String.join(" and ", common) + " and " + who;
  }

  /** The filter's page and, to tell whether more follow, the first task after it. */
  List<Task> pageAndOneMore(TaskService tasks, TaskFilter filter) {
    return rows(tasks, filter.page() * filter.size(), filter.size() + 1);
  }

  /** The matching tasks from {@code first} on, at most {@code max} of them, in the list's order. */
  List<Task> rows(TaskService tasks, int first, int max) {
    NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql);
    parameters.forEach(query::parameter);
    return query.listPage(first, max);
  }

  String sql() {
    return sql;
  }

  /** The values of the {@code #{name}} placeholders in {@link #sql()}. */
  Map<String, Object> parameters() {
    return Map.copyOf(parameters);
  }
}
