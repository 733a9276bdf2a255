package org.beacon.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fills Beacon's database at benchmark sizes by {@code insert ... select} over a generated series
 * ({@code generate_series} on PostgreSQL, {@code system_range} on H2), so a million rows take
 * seconds rather than the hours a million API calls would.
 *
 * <p>What it writes, all derived from the row number and the seed, so the same options give the
 * same data:
 *
 * <ul>
 *   <li>{@code incidents} rows in {@code inc_incident} spread evenly over the school year
 *       2025-09-01 to 2026-08-31 (ids above any existing one, the sequence moved past them), with
 *       types from the school's matrices, classifications, triage and close times, actions taken
 *       ({@code inc_incident_action}) and cases opened ({@code inc_incident_link});
 *   <li>the last {@code tasks} of those incidents are still waiting for the DSL: each has a running
 *       instance of the deployed {@code IncidentResponseProcess} as the incident flow leaves it
 *       (the execution at {@code Task_ClassifyIncident} with the five start variables, the task
 *       offered to the candidate group {@code dsl}, and their history), so Beacon's {@code
 *       /api/tasks} and Camunda's {@code TaskService} list them like any other;
 *   <li>finished instances of the same model in {@code ACT_HI_PROCINST}, {@code ACT_HI_ACTINST} and
 *       {@code ACT_HI_TASKINST} until the history tables hold {@code historyRows} rows.
 * </ul>
 *
 * <p>On H2 the database file belongs to Beacon's JVM while it runs: generate while Beacon is
 * stopped. Engine ids of generated rows start with {@code bench-}, so they never meet the engine's
 * own.
 */
final class DataGenerator {

  static final String PROCESS_KEY = "IncidentResponseProcess";
  static final String FIRST_TASK = "Task_ClassifyIncident";
  static final String FIRST_TASK_NAME = "Classify the incident";
  static final String CANDIDATE_GROUP = "dsl";
  static final String YEAR_START = "2025-09-01 00:00:00";
  static final long YEAR_SECONDS = 365L * 24 * 3600;
  static final int CHUNK = 200_000;

  /** History rows each open task's instance brings: process, 4 activities, task, identity link. */
  static final int HISTORY_PER_OPEN = 7;

  /** History rows each finished instance brings: process, 7 activities, 2 tasks. */
  static final int HISTORY_PER_FINISHED = 10;

  static final List<String> ACTIONS =
      List.of(
          "Refer to class teacher / tutor",
          "Refer to Head of Department / Head of Year",
          "Inform parents / carers",
          "Removal of network / internet access rights",
          "Warning",
          "Further sanction, e.g. detention / exclusion");

  /** What was written, for the results. */
  record Summary(
      long firstId,
      int incidents,
      int openTasks,
      long finishedInstances,
      long historyRows,
      double seconds) {}

  private final Connection db;
  private final Dialect dialect;
  private final long seed;
  private final Consumer<String> log;

  DataGenerator(Connection db, Dialect dialect, long seed, Consumer<String> log) {
    this.db = db;
    this.dialect = dialect;
    this.seed = seed;
    this.log = log;
  }

  Summary generate(int incidents, int tasks, long historyRows, List<String> incidentTypes)
      throws SQLException {
    if (tasks > incidents) {
      throw new IllegalArgumentException(
          "Every open task belongs to a generated incident: tasks <= incidents");
    }
    long begin = System.nanoTime();
    db.setAutoCommit(true);
    if (exists("select count(*) from ACT_RU_EXECUTION where ID_ = 'bench-pi-1'")) {
      throw new IllegalStateException(
          "This database already holds generated data; start from an empty one");
    }
    String definitionId = latestDefinition();
    long base = ((single("select coalesce(max(id), 0) from inc_incident") / 1000) + 1) * 1000;
    long finished =
        Math.max(0, (historyRows - (long) HISTORY_PER_OPEN * tasks) / HISTORY_PER_FINISHED);

    incidents(base, incidents, tasks, incidentTypes);
    actionsAndLinks(base, incidents);
    execute(dialect.restartSequence("inc_incident_seq", base + incidents + 1));
    openTasks(base + incidents - tasks, base + incidents, definitionId);
    finishedInstances(finished, definitionId);
    for (String table :
        List.of(
            "inc_incident",
            "inc_incident_action",
            "inc_incident_link",
            "ACT_RU_EXECUTION",
            "ACT_RU_TASK",
            "ACT_RU_IDENTITYLINK",
            "ACT_RU_VARIABLE",
            "ACT_HI_PROCINST",
            "ACT_HI_ACTINST",
            "ACT_HI_TASKINST",
            "ACT_HI_IDENTITYLINK")) {
      // On PostgreSQL also VACUUM, as autovacuum does a while after bulk inserts: it marks the
      // pages all-visible, without which every index-only scan (the statistics' percentile walk)
      // visits the table for each row, which a settled year of cases never does.
      execute((dialect == Dialect.H2 ? "analyze table " : "vacuum analyze ") + table);
    }
    long history = (long) HISTORY_PER_OPEN * tasks + HISTORY_PER_FINISHED * finished;
    return new Summary(
        base + 1, incidents, tasks, finished, history, (System.nanoTime() - begin) / 1e9);
  }

  // --- incidents ------------------------------------------------------------------------------

  private void incidents(long base, int count, int open, List<String> types) throws SQLException {
    String types0 = choice("g.h2", types);
    String reported =
        dialect.plusSeconds(tz(YEAR_START), "(r.x * " + YEAR_SECONDS + ") / " + count);
    String isOpen = "g.o = 1";
    String closed = "(g.o = 0 and mod(g.h4, 100) < 85)";
    for (long from = 1; from <= count; from += CHUNK) {
      long to = Math.min(count, from + CHUNK - 1);
      execute(
          "insert into inc_incident (id, reported_at, reported_by, occurred_at, location, device_ownership,"
              + " device_identifier, description, incident_type, incident_type_other, immediate_risk, status,"
              + " classification, involves, process_instance_id, outcome_summary, policy_review,"
              + " recommended_actions, difference_reason, closed_at, triaged_at, triage_due_at, other_actions,"
              + " close_seconds, triage_seconds)"
              + " select "
              + base
              + " + g.x, g.rep, case when mod(g.h1, 7) = 0 then 'staff2' else 'staff' end, "
              + dialect.plusSeconds("g.rep", "-(600 + mod(g.h1, 3000))")
              + ", 'Generated location', "
              + "case when mod(g.h1, 5) = 0 then 'PERSONAL' else 'SCHOOL' end, null, "
              + "'Generated by the benchmark harness', "
              + types0
              + ", "
              + "case when "
              + types0
              + " = 'other' then 'Generated other type' else null end, "
              + "mod(g.h3, 50) = 0, "
              + "case when "
              + isOpen
              + " then 'REPORTED' when "
              + closed
              + " then 'CLOSED' else 'IN_PROGRESS' end, "
              + "case when "
              + isOpen
              + " then null when mod(g.h5, 100) < 3 then 'ILLEGAL'"
              + " when mod(g.h5, 100) < 10 then 'UNSURE' else 'INAPPROPRIATE' end, "
              + "case when "
              + isOpen
              + " then null when mod(g.h6, 10) < 7 then 'child'"
              + " when mod(g.h6, 10) < 8 then 'staff' else 'content' end, "
              + "case when "
              + isOpen
              + " then 'bench-pi-' || cast(g.x - "
              + (count - open)
              + " as varchar(20)) else null end, "
              + "case when "
              + closed
              + " then 'Generated outcome' else null end, "
              + "case when "
              + closed
              + " then mod(g.h3, 20) = 0 else null end, null, null, "
              + "case when "
              + closed
              + " then "
              + dialect.plusSeconds("g.rep", "86400 + mod(g.h7, " + 30 * 86400 + ")")
              + " else null end, "
              + "case when "
              + isOpen
              + " then null else "
              + dialect.plusSeconds("g.rep", "600 + mod(g.h8, " + 2 * 86400 + ")")
              + " end, "
              + "case when "
              + isOpen
              + " then null else "
              + dialect.plusSeconds("g.rep", "86400")
              + " end, null, "
              // The durations the entity keeps beside closed_at and triaged_at (migration V3).
              + "case when "
              + closed
              + " then 86400 + mod(g.h7, "
              + 30 * 86400
              + ") else null end, "
              + "case when "
              + isOpen
              + " then null else 600 + mod(g.h8, "
              + 2 * 86400
              + ") end"
              + " from (select r.x as x, "
              + reported
              + " as rep, "
              + hash("r.x", 1, 48271)
              + " as h1, "
              + hash("r.x", 2, 69621)
              + " as h2, "
              + hash("r.x", 3, 16807)
              + " as h3, "
              + hash("r.x", 4, 39373)
              + " as h4, "
              + hash("r.x", 5, 92717)
              + " as h5, "
              + hash("r.x", 6, 23279)
              + " as h6, "
              + hash("r.x", 7, 31337)
              + " as h7, "
              + hash("r.x", 8, 75011)
              + " as h8, "
              + "case when r.x > "
              + (count - open)
              + " then 1 else 0 end as o"
              + " from "
              + dialect.range(from, to)
              + ") g");
      log.accept("  incidents " + to + " / " + count);
    }
  }

  private void actionsAndLinks(long base, int count) throws SQLException {
    String ids = " from inc_incident where id > " + base + " and id <= " + (base + count);
    execute(
        "insert into inc_incident_action (incident_id, position, action, reported_at) select id, 0, "
            + choice("mod(id * 48271, 2147483647)", ACTIONS)
            + ", reported_at"
            + ids
            + " and status = 'CLOSED' and mod(id, 3) <> 0");
    execute(
        "insert into inc_incident_action (incident_id, position, action, reported_at) select id, 1, "
            // Another action than the first: an incident takes an action once (unique key, V3).
            + choice(
                "mod(id * 48271, 2147483647) + 1 + mod(mod(id * 69621, 2147483647), "
                    + (ACTIONS.size() - 1)
                    + ")",
                ACTIONS)
            + ", reported_at"
            + ids
            + " and status = 'CLOSED' and mod(id, 6) = 1");
    execute(
        "insert into inc_incident_link (incident_id, position, kind, created_at, note, reported_at) select id, 0, "
            + "case when classification = 'ILLEGAL' and involves = 'staff' then 'allegation' else 'filtering-report' end, "
            + "triaged_at, null, reported_at"
            + ids
            + " and triaged_at is not null and mod(id, 25) = 0");
    log.accept("  actions and links");
  }

  // --- open tasks of running instances ----------------------------------------------------------

  private void openTasks(long afterId, long lastId, String definitionId) throws SQLException {
    for (long from = afterId; from < lastId; from += CHUNK) {
      long to = Math.min(lastId, from + CHUNK);
      String source = " from inc_incident where id > " + from + " and id <= " + to;
      String pi = "process_instance_id";
      String created = "cast(reported_at as timestamp)";
      String due = dialect.plusSeconds(created, "86400");
      String businessKey =
          "'INC-' || cast(extract(year from reported_at) as varchar(4)) || '-' || cast(id as varchar(20))";
      String def = literal(definitionId);
      String key = literal(PROCESS_KEY);
      String task = id(pi, "t");
      String activityInstance = "'" + FIRST_TASK + ":' || " + id(pi, "ai");
      execute(
          "insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PARENT_ID_,"
              + " PROC_DEF_ID_, SUPER_EXEC_, SUPER_CASE_EXEC_, CASE_INST_ID_, ACT_ID_, ACT_INST_ID_, IS_ACTIVE_,"
              + " IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_,"
              + " SEQUENCE_COUNTER_, TENANT_ID_, PROC_DEF_KEY_)"
              + " select "
              + pi
              + ", 1, "
              + pi
              + ", "
              + pi
              + ", "
              + businessKey
              + ", null, "
              + def
              + ", null, null, null, '"
              + FIRST_TASK
              + "', "
              + activityInstance
              // CACHED_ENT_STATE_ 18: the instance has tasks (bit 2) and variables (bit 5).
              + ", true, false, true, false, 1, 18, 4, null, "
              + key
              + source);
      execute(
          "insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, CASE_EXECUTION_ID_,"
              + " CASE_INST_ID_, CASE_DEF_ID_, NAME_, PARENT_TASK_ID_, DESCRIPTION_, TASK_DEF_KEY_, OWNER_, ASSIGNEE_,"
              + " DELEGATION_, PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, FOLLOW_UP_DATE_, SUSPENSION_STATE_,"
              + " TENANT_ID_, TASK_STATE_)"
              + " select "
              + task
              + ", 1, "
              + pi
              + ", "
              + pi
              + ", "
              + def
              + ", null, null, null, "
              + literal(FIRST_TASK_NAME)
              + ", null, null, '"
              + FIRST_TASK
              + "', null, null, null, 50, "
              + created
              + ", null, "
              + due
              + ", null, 1, null, 'Created'"
              + source);
      execute(
          "insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, USER_ID_, TASK_ID_, PROC_DEF_ID_, TENANT_ID_)"
              + " select "
              + id(pi, "il")
              + ", 1, '"
              + CANDIDATE_GROUP
              + "', 'candidate', null, "
              + task
              + ", null, null"
              + source);
      // The variables the incident flow starts with (IncidentReporting): incidentId, reference,
      // incidentType, immediateRisk, reporter.
      variable(source, pi, def, "v1", "incidentId", "long", "id", null);
      variable(source, pi, def, "v2", "reference", "string", null, businessKey);
      variable(source, pi, def, "v3", "incidentType", "string", null, "incident_type");
      variable(
          source,
          pi,
          def,
          "v4",
          "immediateRisk",
          "boolean",
          "case when immediate_risk then 1 else 0 end",
          null);
      variable(source, pi, def, "v5", "reporter", "string", null, "reported_by");

      execute(
          "insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,"
              + " START_USER_ID_, START_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)"
              + " select "
              + pi
              + ", "
              + pi
              + ", "
              + businessKey
              + ", "
              + key
              + ", "
              + def
              + ", "
              + created
              + ", reported_by, 'StartEvent_IncidentReported', "
              + pi
              + ", 'ACTIVE'"
              + source);
      String[][] passed = {
        {"StartEvent_IncidentReported", "Incident reported", "startEvent"},
        {"Gateway_ImmediateRisk", "Child at immediate risk?", "exclusiveGateway"},
        {"Gateway_MergeClassify", null, "exclusiveGateway"}
      };
      for (int i = 0; i < passed.length; i++) {
        execute(
            "insert into ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
                + " PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_,"
                + " DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_)"
                + " select '"
                + passed[i][0]
                + ":' || "
                + id(pi, "a" + i)
                + ", "
                + pi
                + ", "
                + key
                + ", "
                + def
                + ", "
                + pi
                + ", "
                + pi
                + ", "
                + pi
                + ", '"
                + passed[i][0]
                + "', null, "
                + literal(passed[i][1])
                + ", '"
                + passed[i][2]
                + "', "
                + created
                + ", "
                + created
                + ", 0, 4, "
                + (i + 1)
                + source);
      }
      execute(
          "insert into ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
              + " PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_,"
              + " DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_)"
              + " select "
              + activityInstance
              + ", "
              + pi
              + ", "
              + key
              + ", "
              + def
              + ", "
              + pi
              + ", "
              + pi
              + ", "
              + pi
              + ", '"
              + FIRST_TASK
              + "', "
              + task
              + ", "
              + literal(FIRST_TASK_NAME)
              + ", 'userTask', "
              + created
              + ", null, null, 0, 4"
              + source);
      execute(
          "insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
              + " PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, PRIORITY_, START_TIME_, DUE_DATE_, TASK_STATE_)"
              + " select "
              + task
              + ", '"
              + FIRST_TASK
              + "', "
              + key
              + ", "
              + def
              + ", "
              + pi
              + ", "
              + pi
              + ", "
              + pi
              + ", "
              + activityInstance
              + ", "
              + literal(FIRST_TASK_NAME)
              + ", 50, "
              + created
              + ", "
              + due
              + ", 'Created'"
              + source);
      execute(
          "insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, TASK_ID_, ROOT_PROC_INST_ID_,"
              + " PROC_DEF_ID_, OPERATION_TYPE_, PROC_DEF_KEY_)"
              + " select "
              + id(pi, "hil")
              + ", "
              + created
              + ", 'candidate', '"
              + CANDIDATE_GROUP
              + "', "
              + task
              + ", "
              + pi
              + ", "
              + def
              + ", 'add', "
              + key
              + source);
      log.accept("  open tasks " + (to - afterId) + " / " + (lastId - afterId));
    }
  }

  private void variable(
      String source,
      String pi,
      String def,
      String suffix,
      String name,
      String type,
      String longValue,
      String text)
      throws SQLException {
    execute(
        "insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_,"
            + " CASE_EXECUTION_ID_, CASE_INST_ID_, TASK_ID_, BATCH_ID_, BYTEARRAY_ID_, DOUBLE_, LONG_, TEXT_, TEXT2_,"
            + " VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_, TENANT_ID_)"
            + " select "
            + id(pi, suffix)
            + ", 1, '"
            + type
            + "', '"
            + name
            + "', "
            + pi
            + ", "
            + pi
            + ", "
            + def
            + ", null, null, null, null, null, null, "
            + (longValue == null ? "null" : longValue)
            + ", "
            + (text == null ? "null" : text)
            + ", null, "
            + pi
            + ", 1, false, null"
            + source);
  }

  // --- finished instances: history only ---------------------------------------------------------

  private void finishedInstances(long count, String definitionId) throws SQLException {
    String def = literal(definitionId);
    String key = literal(PROCESS_KEY);
    String[][] activities = {
      {"StartEvent_IncidentReported", "Incident reported", "startEvent", null},
      {"Gateway_ImmediateRisk", "Child at immediate risk?", "exclusiveGateway", null},
      {"Gateway_MergeClassify", null, "exclusiveGateway", null},
      {FIRST_TASK, FIRST_TASK_NAME, "userTask", "t1"},
      {"Gateway_Classification", "Classification?", "exclusiveGateway", null},
      {"Task_RecordOutcome", "Record the actions in the incident log", "userTask", "t2"},
      {"EndEvent_IncidentClosed", null, "noneEndEvent", null}
    };
    for (long from = 1; from <= count; from += CHUNK) {
      long to = Math.min(count, from + CHUNK - 1);
      String pi = "'bench-hpi-' || cast(r.x as varchar(20))";
      String start =
          dialect.plusSeconds(
              "cast('" + YEAR_START + "' as timestamp)", "(r.x * " + YEAR_SECONDS + ") / " + count);
      String end = dialect.plusSeconds(start, "3 * 86400");
      String range = " from " + dialect.range(from, to);
      execute(
          "insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,"
              + " END_TIME_, DURATION_, START_USER_ID_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)"
              + " select "
              + pi
              + ", "
              + pi
              + ", 'BENCH-' || cast(r.x as varchar(20)), "
              + key
              + ", "
              + def
              + ", "
              + start
              + ", "
              + end
              + ", 259200000, 'staff', 'StartEvent_IncidentReported', 'EndEvent_IncidentClosed', "
              + pi
              + ", 'COMPLETED'"
              + range);
      for (int i = 0; i < activities.length; i++) {
        String[] a = activities[i];
        String at = dialect.plusSeconds(start, String.valueOf(i * 36_000));
        String taskId =
            a[3] == null ? "null" : "'bench-h" + a[3] + "-' || cast(r.x as varchar(20))";
        execute(
            "insert into ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
                + " PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, ASSIGNEE_, START_TIME_,"
                + " END_TIME_, DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_)"
                + " select '"
                + a[0]
                + ":bench-ha"
                + i
                + "-' || cast(r.x as varchar(20)), "
                + pi
                + ", "
                + key
                + ", "
                + def
                + ", "
                + pi
                + ", "
                + pi
                + ", "
                + pi
                + ", '"
                + a[0]
                + "', "
                + taskId
                + ", "
                + literal(a[1])
                + ", '"
                + a[2]
                + "', "
                + (a[3] == null ? "null" : "'dsl'")
                + ", "
                + at
                + ", "
                + at
                + ", 0, 4, "
                + (i + 1)
                + range);
        if (a[3] != null) {
          String done = dialect.plusSeconds(start, String.valueOf(i * 36_000 + 3_600));
          execute(
              "insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
                  + " PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, PRIORITY_, START_TIME_, END_TIME_,"
                  + " DURATION_, DELETE_REASON_, TASK_STATE_)"
                  + " select "
                  + taskId
                  + ", '"
                  + a[0]
                  + "', "
                  + key
                  + ", "
                  + def
                  + ", "
                  + pi
                  + ", "
                  + pi
                  + ", "
                  + pi
                  + ", '"
                  + a[0]
                  + ":bench-ha"
                  + i
                  + "-' || cast(r.x as varchar(20)), "
                  + literal(a[1])
                  + ", 'dsl', 50, "
                  + at
                  + ", "
                  + done
                  + ", 3600000, 'completed', 'Completed'"
                  + range);
        }
      }
      log.accept("  finished instances " + to + " / " + count);
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** A pseudo-random, reproducible number in [0, 2^31 - 1) for row {@code x}. */
  private String hash(String x, int salt, int multiplier) {
    long offset = Math.floorMod(seed * 7919 + salt * 104_729L, 2_147_483_647L);
    return "mod(" + x + " * " + multiplier + " + " + offset + ", 2147483647)";
  }

  /** One of {@code values}, picked by {@code number}. */
  private static String choice(String number, List<String> values) {
    StringBuilder sql = new StringBuilder("case mod(" + number + ", " + values.size() + ")");
    for (int i = 0; i < values.size(); i++) {
      sql.append(" when ").append(i).append(" then ").append(literal(values.get(i)));
    }
    return sql.append(" end").toString();
  }

  private static String id(String processInstanceId, String kind) {
    return "replace(" + processInstanceId + ", 'bench-pi-', 'bench-" + kind + "-')";
  }

  private static String tz(String timestamp) {
    return "cast('" + timestamp + "+00' as timestamp with time zone)";
  }

  static String literal(String text) {
    return text == null ? "null" : "'" + text.replace("'", "''") + "'";
  }

  private String latestDefinition() throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "select ID_ from ACT_RE_PROCDEF where KEY_ = ? order by VERSION_ desc")) {
      query.setString(1, PROCESS_KEY);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException(
              PROCESS_KEY + " is not deployed: start Beacon once on this database first");
        }
        return rows.getString(1);
      }
    }
  }

  private boolean exists(String sql) throws SQLException {
    return single(sql) > 0;
  }

  private long single(String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new SQLException(e.getMessage() + "\nin: " + sql, e.getSQLState(), e);
    }
  }

  /** Rows per table, for the results. */
  List<String> counts(List<String> tables) throws SQLException {
    List<String> lines = new ArrayList<>();
    for (String table : tables) {
      lines.add(table + " " + single("select count(*) from " + table));
    }
    return lines;
  }
}
