package org.beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generator's rows are real enough for the engine: a standalone Camunda on in-memory H2 with
 * the incident model deployed and the incidents module's migrations applied lists, reads and
 * deletes what it wrote.
 */
class DataGeneratorTest {

  private static final Path ROOT = Path.of(System.getProperty("beacon.root", ".."));

  /** A database of its own for each test. */
  private final String url =
      "jdbc:h2:mem:bench-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  private ProcessEngine engine;
  private Connection db;

  @BeforeEach
  void engineWithTheIncidentModelAndTheIncidentTables() throws Exception {
    engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl(url)
            .setJdbcUsername("sa")
            .setJdbcPassword("")
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
            .setJobExecutorActivate(false)
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
            .buildProcessEngine();
    try (InputStream model =
        Files.newInputStream(ROOT.resolve("bpmn/incidents/IncidentResponseProcess.bpmn"))) {
      engine
          .getRepositoryService()
          .createDeployment()
          .addInputStream("IncidentResponseProcess.bpmn", model)
          .deploy();
    }
    db = DriverManager.getConnection(url, "sa", "");
    try (Statement statement = db.createStatement();
        var migrations =
            Files.list(
                ROOT.resolve("modules/incidents/src/main/resources/db/migration/incidents"))) {
      for (Path migration : migrations.sorted().toList()) {
        statement.execute("runscript from '" + migration.toAbsolutePath() + "'");
      }
    }
  }

  @AfterEach
  void close() throws Exception {
    engine.close();
    try (Statement statement = db.createStatement()) {
      statement.execute("shutdown");
    }
    db.close();
  }

  @Test
  void generatedTasksAreTheDslsToTheEngineWithTheirInstanceVariablesAndHistory() throws Exception {
    var summary =
        new DataGenerator(db, Dialect.H2, 42, line -> {})
            .generate(300, 120, 1_500, List.of("Cyberbullying", "other"));

    assertThat(summary.openTasks()).isEqualTo(120);
    assertThat(summary.finishedInstances()).isEqualTo((1_500 - 7 * 120) / 10);
    TaskService tasks = engine.getTaskService();
    assertThat(tasks.createTaskQuery().taskCandidateGroup("dsl").active().count()).isEqualTo(120);
    // The query Beacon's task list runs for a DSL.
    List<Task> page =
        tasks
            .createTaskQuery()
            .active()
            .or()
            .taskAssignee("dsl")
            .taskCandidateGroupIn(List.of("dsl"))
            .endOr()
            .orderByTaskCreateTime()
            .asc()
            .orderByTaskId()
            .asc()
            .listPage(0, 51);
    assertThat(page).hasSize(51);
    Task first = page.get(0);
    assertThat(first.getName()).isEqualTo("Classify the incident");
    assertThat(first.getTaskDefinitionKey()).isEqualTo("Task_ClassifyIncident");

    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(first.getProcessInstanceId())
            .singleResult();
    assertThat(instance.getBusinessKey()).matches("INC-2026-\\d{4,}");
    var variables = engine.getRuntimeService().getVariables(instance.getId());
    assertThat(variables.get("incidentId")).isInstanceOf(Long.class);
    assertThat(variables)
        .containsEntry("reference", instance.getBusinessKey())
        .containsEntry("immediateRisk", false);
    long incidentId = (Long) variables.get("incidentId");
    assertThat(instance.getBusinessKey()).endsWith("-" + incidentId);
    assertThat(
            single(
                "select count(*) from inc_incident where id = "
                    + incidentId
                    + " and status = 'REPORTED'"
                    + " and process_instance_id = '"
                    + instance.getId()
                    + "'"))
        .isEqualTo(1);

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count())
        .isEqualTo(120 + summary.finishedInstances());
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().finished().count())
        .isEqualTo(2 * summary.finishedInstances());

    // Consistent enough for the engine to work on: claim, then delete the whole instance.
    tasks.claim(first.getId(), "dsl");
    assertThat(tasks.createTaskQuery().taskAssignee("dsl").count()).isEqualTo(1);
    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "benchmark test");
    assertThat(tasks.createTaskQuery().taskCandidateGroup("dsl").count()).isEqualTo(119);
  }

  @Test
  void incidentsSpreadOverTheSchoolYearAndTheSequenceMovesPastThem() throws Exception {
    var summary =
        new DataGenerator(db, Dialect.H2, 7, line -> {})
            .generate(1_000, 10, 0, List.of("Cyberbullying", "other"));

    assertThat(single("select count(*) from inc_incident")).isEqualTo(1_000);
    assertThat(
            single(
                "select count(*) from inc_incident where reported_at < timestamp with time zone '2025-09-01 00:00:00+00'"
                    + " or reported_at > timestamp with time zone '2026-09-01 00:00:00+00'"))
        .isZero();
    assertThat(single("select count(*) from inc_incident where status = 'CLOSED'"))
        .isBetween(700L, 950L);
    assertThat(single("select count(*) from inc_incident_action")).isPositive();
    assertThat(single("select count(*) from inc_incident_action where position = 1")).isPositive();
    // The durations the statistics walk agree with the instants they were kept from.
    assertThat(single("select count(*) from inc_incident where triaged_at is not null"))
        .isPositive();
    assertThat(
            single(
                "select count(*) from inc_incident where (triaged_at is null) <> (triage_seconds is null)"
                    + " or (closed_at is null) <> (close_seconds is null)"
                    + " or triage_seconds <> extract(epoch from triaged_at) - extract(epoch from reported_at)"
                    + " or close_seconds <> extract(epoch from closed_at) - extract(epoch from reported_at)"))
        .isZero();
    assertThat(single("select next value for inc_incident_seq"))
        .isGreaterThan(summary.firstId() + 999);
  }

  private long single(String sql) throws Exception {
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
