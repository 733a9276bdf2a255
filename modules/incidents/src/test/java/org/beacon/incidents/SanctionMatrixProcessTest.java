package org.beacon.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.incidents.api.IncidentProcess.CLASSIFICATION;
import static org.beacon.incidents.api.IncidentProcess.IMMEDIATE_RISK;
import static org.beacon.incidents.api.IncidentProcess.INCIDENT_ID;
import static org.beacon.incidents.api.IncidentProcess.INCIDENT_TYPE;
import static org.beacon.incidents.api.IncidentProcess.INVOLVES_CHILD;
import static org.beacon.incidents.api.IncidentProcess.INVOLVES_STAFF;
import static org.beacon.incidents.api.IncidentProcess.KEY;
import static org.beacon.incidents.api.IncidentProcess.OUTCOME_SUMMARY;
import static org.beacon.incidents.api.IncidentProcess.RECOMMENDED_SANCTIONS;
import static org.beacon.incidents.api.IncidentProcess.REFERENCE;
import static org.beacon.incidents.api.IncidentProcess.REPEAT_OFFENCE;
import static org.beacon.incidents.api.IncidentProcess.REPORTER;
import static org.beacon.incidents.api.IncidentProcess.REVIEW_POLICY;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.beacon.incidents.SanctionDecisionsTest.Incident;
import org.beacon.incidents.SanctionDecisionsTest.SanctionTable;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.DeviceOwnership;
import org.beacon.incidents.domain.IncidentStatus;
import org.beacon.incidents.infrastructure.bpm.ResponseSteps;
import org.beacon.platform.tasks.FormFieldView;
import org.beacon.platform.tasks.TaskForm;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of seed 001's pupil and staff sanction matrices, first and repeat offence, reported and
 * classified through the real response flow with its real steps and history {@code full}, on H2 and
 * on PostgreSQL: the decision's history (whose rule ids the engine keeps in 64-character columns)
 * is written, and the DSL's next form pre-ticks exactly the row's actions.
 */
// One engine per database for all cases: building one (and PostgreSQL's schema) costs more than
// the 66 incidents together; each case starts its own incident.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SanctionMatrixProcessTest {

  enum Database {
    H2,
    POSTGRESQL
  }

  private static final long ID = 42L;

  /**
   * The seed's actions that are records made at the decision, not work: IncidentActionTasks has no
   * row.
   */
  private static final Set<String> ACTIONS_WITHOUT_TASKS = Set.of("Warning");

  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
  private static final List<String> MODELS =
      List.of(
          "bpmn/incidents/IncidentResponseProcess.bpmn",
          "bpmn/incidents/PupilSanctions.dmn",
          "bpmn/incidents/StaffSanctions.dmn",
          "bpmn/incidents/RepeatOffenceWindow.dmn",
          "bpmn/incidents/IncidentActionTasks.dmn",
          "bpmn/incidents/StaffMisconductCategory.dmn");

  private final Map<Database, ProcessEngine> engines = new EnumMap<>(Database.class);
  private String postgresDatabase;
  private String noPostgres;

  @BeforeAll
  void startEngines() {
    engines.put(
        Database.H2,
        engine("h2", "jdbc:h2:mem:sanction-matrix;DB_CLOSE_DELAY=1000", "org.h2.Driver", "sa"));
    // A throwaway database of its own, so the engine's schema meets nobody else's.
    String name = "beacon_sanction_matrix_" + ProcessHandle.current().pid();
    try (Connection pg =
            DriverManager.getConnection(POSTGRES + "test?connectTimeout=2", "postgres", "");
        Statement statement = pg.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name);
      postgresDatabase = name;
    } catch (SQLException noServer) {
      // The README's test command needs no PostgreSQL; where one answers, these cases run on it
      // too.
      noPostgres = "no PostgreSQL on 127.0.0.1:5432: " + noServer.getMessage();
      return;
    }
    engines.put(
        Database.POSTGRESQL,
        engine("postgresql", POSTGRES + name, "org.postgresql.Driver", "postgres"));
  }

  @AfterAll
  void closeEngines() throws SQLException {
    engines.values().forEach(ProcessEngine::close);
    if (postgresDatabase != null) {
      try (Connection pg = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
          Statement statement = pg.createStatement()) {
        statement.execute("drop database if exists " + postgresDatabase + " with (force)");
      }
    }
  }

  @AfterEach
  void forgetSteps() {
    Mocks.reset();
  }

  static Stream<Arguments> everyRowOfBothMatricesOnEveryDatabase() {
    return Stream.of(Database.values())
        .flatMap(
            database ->
                SanctionDecisionsTest.everyIncidentOfBothTables()
                    .flatMap(
                        row ->
                            Stream.of(false, true)
                                .map(
                                    repeat ->
                                        Arguments.of(
                                            database,
                                            row,
                                            Named.of(
                                                repeat ? "repeat offence" : "first offence",
                                                repeat)))));
  }

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @MethodSource("everyRowOfBothMatricesOnEveryDatabase")
  void theDslsNextFormPreTicksExactlyTheRowsActionsAndTheIncidentClosesWithThem(
      Database database, Incident row, boolean repeatOffence) {
    ProcessEngine engine = engine(database);
    boolean pupil = row.table() == SanctionTable.PUPILS;
    Set<String> expected = new HashSet<>(row.row().tickedActions());
    if (repeatOffence) {
      expected.addAll(row.continuedInfringements().tickedActions());
    }
    org.beacon.incidents.domain.Incident logged = logged(row.row().incident());
    ResponseSteps.on(logged, engine.getDecisionService(), engine.getRepositoryService())
        .forEach(Mocks::register);
    Set<String> earlierDecisions = decisionIds(engine, row.table());

    ProcessInstance incident = report(engine, row.row().incident());
    complete(
        engine,
        incident,
        "Task_ClassifyIncident",
        Map.of(CLASSIFICATION, "inappropriate", pupil ? INVOLVES_CHILD : INVOLVES_STAFF, true));

    String decide = pupil ? "Task_DecidePupilActions" : "Task_ProposeStaffActions";
    Task form = task(engine, incident, decide);
    // The log holds no earlier incident: a first offence, unless the DSL says otherwise with a
    // reason.
    assertThat(engine.getTaskService().getVariable(form.getId(), REPEAT_OFFENCE)).isEqualTo(false);
    if (repeatOffence) {
      engine
          .getFormService()
          .submitTaskForm(
              form.getId(),
              Map.of(
                  REPEAT_OFFENCE,
                  true,
                  IncidentProcess.REPEAT_OFFENCE_REASON,
                  "Warned last term at another school"));
      form = task(engine, incident, decide);
    }
    String formId = form.getId();
    List<FormFieldView> fields =
        new TaskForm(
                engine.getFormService().getTaskFormData(formId).getFormFields(),
                name -> engine.getTaskService().getVariable(formId, name))
            .view();
    assertThat(preTicked(fields)).as("pre-ticked on %s", decide).isEqualTo(expected);
    assertThat(recommended(fields)).as("recommended on %s", decide).isEqualTo(expected);
    assertThat(choices(fields))
        .as("the checklist offers the row's actions among the table's own")
        .containsAll(expected);
    assertThat(decisionHistory(engine, row.table(), earlierDecisions, repeatOffence))
        .as("the decision's history")
        .allSatisfy(output -> assertThat(output.getRuleId()).isNotBlank())
        .extracting(output -> (String) output.getValue())
        .containsAll(expected)
        .allMatch(expected::contains);

    engine.getFormService().submitTaskForm(form.getId(), Map.of());
    if (expected.contains("Suspension") || expected.contains("Disciplinary action")) {
      complete(
          engine,
          incident,
          "Task_ApproveDisciplinaryAction",
          Map.of("approval", "approve", "approvalReason", "In line with the policy"));
    }
    // Every action taken that the school's action table routes becomes a task; the rest (a
    // warning) do not; the incident cannot be closed before each is done.
    String carryOut = pupil ? "Task_CarryOutPupilAction" : "Task_CarryOutStaffAction";
    List<Task> actionTasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(incident.getId())
            .taskDefinitionKey(carryOut)
            .list();
    assertThat(actionTasks)
        .extracting(Task::getName)
        .as("action tasks")
        .containsExactlyInAnyOrderElementsOf(
            expected.stream().filter(action -> !ACTIONS_WITHOUT_TASKS.contains(action)).toList());
    assertThat(actionTasks)
        .allSatisfy(t -> assertThat(t.getDueDate()).as("due date of %s", t.getName()).isNotNull());
    for (Task action : actionTasks) {
      assertThat(
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .processInstanceId(incident.getId())
                  .taskDefinitionKey("Task_RecordOutcome")
                  .count())
          .as("the outcome waits for the action tasks")
          .isZero();
      engine.getFormService().submitTaskForm(action.getId(), Map.of("actionOutcome", "done"));
    }
    // The staff's seed 003 category steps run beside the action tasks; the outcome waits for them
    // too.
    ResponseSteps.completeStaffCategorySteps(engine, incident.getId());
    complete(
        engine,
        incident,
        "Task_RecordOutcome",
        Map.of(OUTCOME_SUMMARY, "Dealt with as the matrix recommends", REVIEW_POLICY, false));

    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(incident.getId())
                .count())
        .as("the incident's flow has ended")
        .isZero();
    assertThat(logged.status()).isEqualTo(IncidentStatus.CLOSED);
    assertThat(split(logged.recommendedActions())).isEqualTo(expected);
    assertThat(logged.actionsTaken()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(logged.differenceReason()).isNull();
  }

  // ------------------------------------------------------------------------------------------

  private ProcessEngine engine(Database database) {
    if (database == Database.POSTGRESQL && noPostgres != null) {
      Assumptions.abort(noPostgres);
    }
    return engines.get(database);
  }

  /** The process tests' engine (camunda.cfg.xml) on another database, with history full. */
  private static ProcessEngine engine(String name, String url, String driver, String user) {
    ProcessEngine engine =
        ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("camunda.cfg.xml")
            .setProcessEngineName("sanction-matrix-" + name)
            .setJdbcUrl(url)
            .setJdbcDriver(driver)
            .setJdbcUsername(user)
            .setJdbcPassword("")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
            .buildProcessEngine();
    var deployment = engine.getRepositoryService().createDeployment().name("sanction-matrix");
    MODELS.forEach(deployment::addClasspathResource);
    deployment.deploy();
    return engine;
  }

  private static org.beacon.incidents.domain.Incident logged(String incidentType) {
    Instant now = Instant.now();
    return new org.beacon.incidents.domain.Incident(
        "teacher1",
        now,
        now,
        "ICT suite",
        DeviceOwnership.SCHOOL,
        null,
        "Seen on a screen",
        List.of(),
        List.of(),
        List.of(),
        incidentType,
        null,
        false);
  }

  private static ProcessInstance report(ProcessEngine engine, String incidentType) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            KEY,
            "INC-2026-0042",
            Map.of(
                INCIDENT_ID,
                ID,
                REFERENCE,
                "INC-2026-0042",
                INCIDENT_TYPE,
                incidentType,
                IMMEDIATE_RISK,
                false,
                REPORTER,
                "teacher1"));
  }

  /** Submits the form of the task waiting at the activity, as the task API does. */
  private static void complete(
      ProcessEngine engine,
      ProcessInstance incident,
      String activityId,
      Map<String, Object> values) {
    engine.getFormService().submitTaskForm(task(engine, incident, activityId).getId(), values);
  }

  private static Task task(ProcessEngine engine, ProcessInstance incident, String activityId) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(incident.getId())
            .taskDefinitionKey(activityId)
            .singleResult();
    assertThat(task).as("a task waiting at %s", activityId).isNotNull();
    return task;
  }

  /**
   * The actions the form's checklist shows ticked (the matrix's wording), as the task API serves
   * it.
   */
  @SuppressWarnings("unchecked")
  private static Set<String> preTicked(List<FormFieldView> fields) {
    FormFieldView checklist = checklist(fields);
    return new HashSet<>((List<String>) checklist.value());
  }

  private static Set<String> choices(List<FormFieldView> fields) {
    return checklist(fields).values().stream()
        .map(FormFieldView.Option::id)
        .collect(Collectors.toSet());
  }

  private static FormFieldView checklist(List<FormFieldView> fields) {
    FormFieldView checklist =
        fields.stream()
            .filter(field -> field.id().equals(IncidentProcess.ACTIONS_DECIDED))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no field " + IncidentProcess.ACTIONS_DECIDED));
    assertThat(checklist.type()).isEqualTo(TaskForm.CHECKLIST);
    return checklist;
  }

  private static Set<String> recommended(List<FormFieldView> fields) {
    return fields.stream()
        .filter(field -> field.id().equals(RECOMMENDED_SANCTIONS))
        .map(field -> split((String) field.value()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + RECOMMENDED_SANCTIONS));
  }

  private static Set<String> split(String actions) {
    return actions == null || actions.isEmpty()
        ? Set.of()
        : new LinkedHashSet<>(Arrays.asList(actions.split(IncidentProcess.ACTION_SEPARATOR)));
  }

  private static Set<String> decisionIds(ProcessEngine engine, SanctionTable table) {
    return engine
        .getHistoryService()
        .createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(table.decisionKey)
        .list()
        .stream()
        .map(HistoricDecisionInstance::getId)
        .collect(Collectors.toSet());
  }

  /**
   * The outputs of the one evaluation of the table since {@code earlier}, as history holds them.
   */
  private static List<HistoricDecisionOutputInstance> decisionHistory(
      ProcessEngine engine, SanctionTable table, Set<String> earlier, boolean repeatOffence) {
    List<HistoricDecisionInstance> evaluations =
        engine
            .getHistoryService()
            .createHistoricDecisionInstanceQuery()
            .decisionDefinitionKey(table.decisionKey)
            .includeInputs()
            .includeOutputs()
            .list()
            .stream()
            .filter(evaluation -> !earlier.contains(evaluation.getId()))
            .toList();
    // A repeat offence: the first offence the log gave, then the DSL's answer.
    assertThat(evaluations)
        .as("evaluations of %s written to history", table.decisionKey)
        .hasSize(repeatOffence ? 2 : 1);
    List<HistoricDecisionInstance> forThisAnswer =
        evaluations.stream()
            .filter(
                e ->
                    e.getInputs().stream()
                        .anyMatch(i -> Boolean.valueOf(repeatOffence).equals(i.getValue())))
            .toList();
    assertThat(forThisAnswer).hasSize(1);
    return forThisAnswer.get(0).getOutputs();
  }
}
