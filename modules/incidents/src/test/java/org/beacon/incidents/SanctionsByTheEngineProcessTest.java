package org.beacon.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.beacon.incidents.api.IncidentProcess.IMMEDIATE_RISK;
import static org.beacon.incidents.api.IncidentProcess.INCIDENT_ID;
import static org.beacon.incidents.api.IncidentProcess.INCIDENT_TYPE;
import static org.beacon.incidents.api.IncidentProcess.KEY;
import static org.beacon.incidents.api.IncidentProcess.REFERENCE;
import static org.beacon.incidents.api.IncidentProcess.REPORTER;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.DeviceOwnership;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.InvolvedPupil;
import org.beacon.incidents.domain.PartyDecision;
import org.beacon.incidents.infrastructure.bpm.ResponseSteps;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.tasks.FormFieldView;
import org.beacon.platform.tasks.TaskForm;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18, item 2: the sanctions are the engine's business rule tasks on the school's own tables.
 * The DSL's checklist offers whatever the school's decision gives (a reworded or added action shows
 * at once), seriousness is an input of the table, and a repeat offence is worked out from the
 * pupil's earlier incidents within the window the school sets (RepeatOffenceWindow.dmn), shown to
 * the DSL, who may change it with a reason. Run with the flow's real steps and decision tables.
 */
@Deployment(
    resources = {
      "bpmn/incidents/IncidentResponseProcess.bpmn",
      "bpmn/incidents/PupilSanctions.dmn",
      "bpmn/incidents/StaffSanctions.dmn",
      "bpmn/incidents/RepeatOffenceWindow.dmn",
      "bpmn/incidents/IncidentActionTasks.dmn"
    })
class SanctionsByTheEngineProcessTest {

  private static final String TYPE = "Unauthorised downloading or uploading of files";
  private static final String PUPIL = "P-0042";

  /** Thursday 3 December 2026, 10:00 in London. */
  private static final Instant REPORTED = Instant.parse("2026-12-03T10:00:00Z");

  private static final List<String> FIRST_OFFENCE =
      List.of(
          "Refer to class teacher / tutor",
          "Refer to Head of Department / Head of Year / other",
          "Refer to Headteacher",
          "Refer to technical support staff for action re filtering / security etc",
          "Inform parents / carers",
          "Removal of network / internet access rights",
          "Warning");

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private Incident logged;

  @BeforeEach
  void start() {
    init(engine.getProcessEngine());
    logged = incident(REPORTED, null);
  }

  @AfterEach
  void forget() {
    Mocks.reset();
    reset();
  }

  @Test
  void aSchoolThatRewordsOrAddsAnActionInItsTableSeesItOnTheDslsChecklist() throws IOException {
    String shipped = read("bpmn/incidents/PupilSanctions.dmn");
    // The school rewords "Warning" and adds a row: any incident judged exceptionally serious goes
    // to its exclusion panel.
    String changed =
        shipped
            .replace("\"Warning\"", "\"Written warning to the pupil\"")
            .replace(
                "    </decisionTable>",
                """
                      <rule id="Rule_School_ExclusionPanel">
                        <inputEntry id="ExclusionPanel_Type"><text>-</text></inputEntry>
                        <inputEntry id="ExclusionPanel_Repeat"><text>-</text></inputEntry>
                        <inputEntry id="ExclusionPanel_Serious"><text>"exceptional"</text></inputEntry>
                        <outputEntry id="ExclusionPanel_Action"><text>"Refer to the governors' exclusion panel"</text></outputEntry>
                      </rule>
                    </decisionTable>""");
    assertThat(changed).isNotEqualTo(shipped);
    engine
        .getRepositoryService()
        .createDeployment()
        .addString("PupilSanctions.dmn", changed)
        .deploy();
    steps(List.of());

    ProcessInstance exceptional = reportAndClassify("exceptional");
    List<FormFieldView> form = view(decideTask(exceptional));
    FormFieldView checklist = field(form, IncidentProcess.ACTIONS_DECIDED);
    assertThat(checklist.type()).isEqualTo(TaskForm.CHECKLIST);
    assertThat(checklist.values())
        .extracting(FormFieldView.Option::label)
        .contains(
            "Written warning to the pupil",
            "Refer to the governors' exclusion panel",
            "Refer to Police")
        .doesNotContain("Warning");
    assertThat(checklist.value())
        .as("ticked as the school's table now recommends")
        .asList()
        .contains("Written warning to the pupil", "Refer to the governors' exclusion panel")
        .doesNotContain("Warning", "Refer to Police");

    ProcessInstance serious = reportAndClassify("serious");
    FormFieldView seriousChecklist =
        field(view(decideTask(serious)), IncidentProcess.ACTIONS_DECIDED);
    assertThat(seriousChecklist.values())
        .extracting(FormFieldView.Option::label)
        .as("offered, though not recommended")
        .contains("Refer to the governors' exclusion panel");
    assertThat(seriousChecklist.value())
        .asList()
        .doesNotContain("Refer to the governors' exclusion panel");
  }

  @Test
  void theChecklistTakesOnlyTheTablesActionsAndTheDecisionRecordsThoseTicked() {
    steps(List.of());
    ProcessInstance incident = reportAndClassify("serious");
    Task decide = decideTask(incident);
    TaskForm form = form(decide);

    BeaconProblem refused =
        catchThrowableOfType(
            () ->
                form.accept(
                    Json.createObjectBuilder()
                        .add(
                            IncidentProcess.ACTIONS_DECIDED,
                            Json.createArrayBuilder().add("Warning").add("Detention on Saturday"))
                        .build()));
    assertThat(refused.fields()).containsKey(IncidentProcess.ACTIONS_DECIDED);

    Map<String, Object> values =
        form.accept(
            Json.createObjectBuilder()
                .add(
                    IncidentProcess.ACTIONS_DECIDED,
                    Json.createArrayBuilder().add("Warning").add("Refer to Police"))
                .add("differenceReason", "Shared with strangers")
                .build());
    engine.getFormService().submitTaskForm(decide.getId(), values);

    PartyDecision decision = logged.decisions().get(0);
    assertThat(decision.party()).isEqualTo(PUPIL);
    assertThat(decision.actions()).containsExactly("Warning", "Refer to Police");
    assertThat(decision.recommended().split("; ")).containsExactlyElementsOf(FIRST_OFFENCE);
    assertThat(decision.differenceReason()).isEqualTo("Shared with strangers");
  }

  @Test
  void anEarlierIncidentWithinTheSchoolsWindowMakesARepeatOffenceWhichTheDslMayChangeWithAReason() {
    Incident earlier = incident(Instant.parse("2026-09-15T09:00:00Z"), 7L);
    steps(List.of(earlier));
    ProcessInstance incident = reportAndClassify("serious");
    Task decide = decideTask(incident);

    Map<String, Object> shown = values(view(decide));
    assertThat(shown)
        .containsEntry(IncidentProcess.EARLIER_INCIDENTS, earlier.reference())
        .containsEntry(IncidentProcess.REPEAT_OFFENCE, true);
    assertThat(shown.get(IncidentProcess.ACTIONS_DECIDED))
        .asList()
        .as("the row's actions and the continued infringements'")
        .containsAll(FIRST_OFFENCE)
        .contains("Refer to Police", "Further sanction eg detention / exclusion");

    BeaconProblem noReason =
        catchThrowableOfType(
            () ->
                engine
                    .getFormService()
                    .submitTaskForm(decide.getId(), Map.of(IncidentProcess.REPEAT_OFFENCE, false)));
    assertThat(noReason.fields()).containsKey(IncidentProcess.REPEAT_OFFENCE_REASON);
    assertThat(decideTask(incident).getId())
        .as("the refusal changed nothing")
        .isEqualTo(decide.getId());

    engine
        .getFormService()
        .submitTaskForm(
            decide.getId(),
            Map.of(
                IncidentProcess.REPEAT_OFFENCE,
                false,
                IncidentProcess.REPEAT_OFFENCE_REASON,
                "The earlier incident was another pupil using this account"));
    Task again = decideTask(incident);
    Map<String, Object> reconsidered = values(view(again));
    assertThat(reconsidered).containsEntry(IncidentProcess.REPEAT_OFFENCE, false);
    assertThat(reconsidered.get(IncidentProcess.ACTIONS_DECIDED))
        .asList()
        .containsExactlyElementsOf(FIRST_OFFENCE);
    engine.getFormService().submitTaskForm(again.getId(), Map.of());

    assertThat(incident)
        .hasPassedInOrder(
            "Task_FindPupilRepeatWindow",
            "Task_FindPupilEarlierIncidents",
            "Gateway_PupilRecommend",
            "Task_RecommendPupilSanctions",
            "Task_DecidePupilActions",
            "Gateway_PupilRepeatChanged",
            "Gateway_PupilRecommend",
            "Task_RecommendPupilSanctions",
            "Task_DecidePupilActions",
            "Gateway_PupilRepeatChanged",
            "Task_RoutePupilAction");
    PartyDecision decision = logged.decisions().get(0);
    assertThat(decision.actions()).containsExactlyElementsOf(FIRST_OFFENCE);
    assertThat(decision.otherActions())
        .contains("Repeat offence changed by the DSL to no")
        .contains(earlier.reference())
        .contains("another pupil using this account");
    // Who changed it and when: the engine's history of the form, which the chronology reads.
    assertThat(
            engine
                .getHistoryService()
                .createHistoricDetailQuery()
                .taskId(decide.getId())
                .formFields()
                .list())
        .extracting(d -> ((org.camunda.bpm.engine.history.HistoricFormField) d).getFieldId())
        .contains(IncidentProcess.REPEAT_OFFENCE_REASON);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricDetailQuery()
                .processInstanceId(incident.getId())
                .variableUpdates()
                .list())
        .map(d -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
        .filteredOn(d -> d.getVariableName().equals(IncidentProcess.REPEAT_OFFENCE))
        .extracting(org.camunda.bpm.engine.history.HistoricVariableUpdate::getValue)
        .as("worked out, then changed by the DSL")
        .containsSubsequence(true, false);
  }

  @Test
  void anIncidentBeforeTheWindowIsNoRepeatOffenceUntilTheSchoolWidensTheWindow()
      throws IOException {
    Incident earlier = incident(Instant.parse("2025-10-01T09:00:00Z"), 3L);
    steps(List.of(earlier));
    ProcessInstance incident = reportAndClassify("serious");
    assertThat(values(view(decideTask(incident))))
        .as("fourteen months earlier: outside P12M")
        .containsEntry(IncidentProcess.EARLIER_INCIDENTS, "none")
        .containsEntry(IncidentProcess.REPEAT_OFFENCE, false);

    String wider = read("bpmn/incidents/RepeatOffenceWindow.dmn").replace("\"P12M\"", "\"P24M\"");
    engine
        .getRepositoryService()
        .createDeployment()
        .addString("RepeatOffenceWindow.dmn", wider)
        .deploy();
    ProcessInstance next = reportAndClassify("serious");
    assertThat(values(view(decideTask(next))))
        .containsEntry(IncidentProcess.EARLIER_INCIDENTS, earlier.reference())
        .containsEntry(IncidentProcess.REPEAT_OFFENCE, true);
  }

  // ------------------------------------------------------------------------------------------

  private void steps(List<Incident> earlier) {
    ResponseSteps.on(
            logged,
            engine.getProcessEngine().getDecisionService(),
            engine.getProcessEngine().getRepositoryService(),
            earlier)
        .forEach(Mocks::register);
  }

  private static Incident incident(Instant reportedAt, Long id) {
    Incident incident =
        new Incident(
            "teacher1",
            reportedAt,
            reportedAt,
            "ICT suite",
            DeviceOwnership.SCHOOL,
            null,
            "Downloading games",
            List.of(),
            List.of(new InvolvedPupil(PUPIL, "Year 8")),
            List.of(),
            TYPE,
            null,
            false);
    if (id != null) {
      // As the repository stores it: an id, and with it a reference.
      try {
        Field field = Incident.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(incident, id);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return incident;
  }

  private ProcessInstance reportAndClassify(String seriousness) {
    ProcessInstance incident =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                KEY,
                "INC-2026-0042",
                Map.of(
                    INCIDENT_ID,
                    42L,
                    REFERENCE,
                    "INC-2026-0042",
                    INCIDENT_TYPE,
                    TYPE,
                    IMMEDIATE_RISK,
                    false,
                    REPORTER,
                    "teacher1"));
    Task classify =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(incident.getId())
            .taskDefinitionKey("Task_ClassifyIncident")
            .singleResult();
    engine
        .getFormService()
        .submitTaskForm(
            classify.getId(),
            Map.of(
                "classification",
                "inappropriate",
                "involvesChild",
                true,
                IncidentProcess.SERIOUSNESS,
                seriousness));
    return incident;
  }

  private Task decideTask(ProcessInstance incident) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(incident.getId())
            .taskDefinitionKey("Task_DecidePupilActions")
            .singleResult();
    assertThat(task).as("the DSL's decision for the pupil").isNotNull();
    return task;
  }

  /**
   * The form as the task API builds it: its checklist reads its choices from the task's variables.
   */
  private TaskForm form(Task task) {
    return new TaskForm(
        engine.getFormService().getTaskFormData(task.getId()).getFormFields(),
        name -> engine.getTaskService().getVariable(task.getId(), name));
  }

  private List<FormFieldView> view(Task task) {
    return form(task).view();
  }

  private static FormFieldView field(List<FormFieldView> form, String id) {
    return form.stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + id));
  }

  private static Map<String, Object> values(List<FormFieldView> form) {
    Map<String, Object> values = new HashMap<>();
    form.forEach(f -> values.put(f.id(), f.value()));
    return values;
  }

  private static BeaconProblem catchThrowableOfType(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BeaconProblem problem) {
        return problem;
      }
    }
    throw new AssertionError("not refused with a BeaconProblem", thrown);
  }

  private static String read(String resource) throws IOException {
    try (InputStream in =
        SanctionsByTheEngineProcessTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
