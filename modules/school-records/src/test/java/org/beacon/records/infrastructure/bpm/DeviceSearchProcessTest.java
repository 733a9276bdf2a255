package org.beacon.records.infrastructure.bpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Messages;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Role;
import org.beacon.platform.api.SchoolTime;
import org.beacon.records.InMemory;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.application.DeviceSearches;
import org.beacon.records.application.DeviceSearches.NewSearch;
import org.beacon.records.application.DeviceSearches.SearchView;
import org.beacon.records.application.Wiring;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A device search: the head decides, the member of staff who asked records the search with its
 * witness, material that may be illegal asks the incidents module for an incident, and the device
 * is returned or handed to the police.
 */
@Deployment(resources = "bpmn/school-records/DeviceSearchProcess.bpmn")
class DeviceSearchProcessTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private InMemory store;
  private DeviceSearches searches;

  /** What the stand-in for the incidents module's message start received. */
  private final List<Map<String, Object>> incidentsRequested = new ArrayList<>();

  @BeforeEach
  void wireSteps() {
    init(engine.getProcessEngine());
    store = new InMemory();
    store.pupil(new Pupil("P-0042", "Year 9", LocalDate.of(2012, 3, 4), null));
    Steps.register(store, engine.getProcessEngine());
    searches = Wiring.deviceSearches(store, engine.getProcessEngine());
    ClockUtil.setCurrentTime(
        Date.from(
            ZonedDateTime.of(LocalDate.of(2026, 12, 3).atTime(10, 0), SchoolTime.ZONE)
                .toInstant()));
  }

  @AfterEach
  void forgetSteps() {
    ClockUtil.reset();
    Mocks.reset();
    reset();
  }

  /** A receiver of Msg_IncidentRequested as the incidents module deploys one: message start. */
  private void incidentsModuleListens() {
    Mocks.register(
        "incidentsReportRequestedIncidentDelegate",
        (JavaDelegate)
            execution -> {
              incidentsRequested.add(new HashMap<>(execution.getVariables()));
              execution.setProcessBusinessKey("INC-2026-0099");
            });
    repositoryService()
        .createDeployment()
        .addModelInstance(
            "IncidentRequestedStandIn.bpmn",
            Bpmn.createExecutableProcess("IncidentRequestedStandIn")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .message(Messages.INCIDENT_REQUESTED)
                .serviceTask()
                .camundaDelegateExpression("${incidentsReportRequestedIncidentDelegate}")
                .endEvent()
                .done())
        .deploy();
  }

  private static Caller as(String username, Role role) {
    return new Caller(username, Set.of(role));
  }

  private SearchView requested() {
    return searches.request(
        as("staff", Role.STAFF),
        new NewSearch(
            "p-0042",
            null,
            "Mobile phone, black, blue case",
            "personal",
            "Seen showing other pupils an image in the toilets"));
  }

  private ProcessInstance flowOf(SearchView search) {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(RecordsProcesses.DEVICE_SEARCH_KEY)
        .processInstanceBusinessKey(search.reference())
        .singleResult();
  }

  private Task task(String key) {
    return taskService().createTaskQuery().taskDefinitionKey(key).singleResult();
  }

  private void complete(Task task, String user, Map<String, Object> values) {
    taskService().setAssignee(task.getId(), user);
    taskService().complete(task.getId(), values);
  }

  @Test
  void aConfiscatedPhoneWithAnIndecentImageAsksForAnIncidentNamingThePupilAndTheDevice() {
    incidentsModuleListens();
    SearchView search = requested();
    assertThat(search.pupilReference()).as("as the register writes it").isEqualTo("P-0042");
    assertThat(search.yearGroup()).isEqualTo("Year 9");
    ProcessInstance flow = flowOf(search);

    Task decide = task("Task_DecideSearch");
    assertThat(taskService().getIdentityLinksForTask(decide.getId()))
        .extracting(l -> l.getGroupId())
        .containsExactly("head");
    assertThat(decide.getName()).isEqualTo("Decide whether to search the device of P-0042");
    complete(decide, "head", Map.of("searchDecision", "authorise", "decisionNote", "Reasonable"));

    Task record = task("Task_RecordSearch");
    assertThat(record.getAssignee()).as("the member of staff who asked").isEqualTo("staff");
    complete(
        record,
        "staff",
        Map.of(
            "searchedBy", "Harriet Head, headteacher",
            "witness", "Sam Staff, teacher",
            "findings", "An indecent image of a child in the photo gallery",
            "mayBeIllegal", true));

    assertThat(incidentsRequested).hasSize(1);
    Map<String, Object> message = incidentsRequested.get(0);
    assertThat(message)
        .containsEntry(Messages.SOURCE_TYPE, "device-search")
        .containsEntry(Messages.SOURCE_REFERENCE, search.reference())
        .containsEntry(Messages.PUPIL_REFERENCE, "P-0042")
        .containsEntry(Messages.YEAR_GROUP, "Year 9")
        .containsEntry(Messages.DEVICE, "Mobile phone, black, blue case")
        .containsEntry(Messages.DEVICE_OWNERSHIP, "personal")
        .containsEntry(Messages.REPORTED_BY, "staff");
    assertThat((String) message.get(Messages.DESCRIPTION))
        .contains("Mobile phone, black, blue case", "indecent image", "witness Sam Staff");

    Task handOver = task("Task_HandOverDevice");
    assertThat(handOver.getAssignee()).isEqualTo("staff");
    complete(
        handOver,
        "staff",
        Map.of(
            "deviceOutcome", "police",
            "handedOn",
                Date.from(
                    LocalDate.of(2026, 12, 3).atStartOfDay(ZoneId.systemDefault()).toInstant()),
            "policeReference", "CAD-1234"));

    assertThat(flow)
        .hasPassedInOrder(
            "Task_DecideSearch",
            "Task_RecordSearch",
            "Task_RequestIncident",
            "Task_HandOverDevice",
            "EndEvent_Closed")
        .isEnded();
    SearchView done = searches.get(as("dsl", Role.DSL), search.id());
    assertThat(done.status()).isEqualTo("with_police");
    assertThat(done.decidedBy()).isEqualTo("head");
    assertThat(done.witness()).isEqualTo("Sam Staff, teacher");
    assertThat(done.incident()).isEqualTo("Opened as INC-2026-0099");
    assertThat(done.policeReference()).isEqualTo("CAD-1234");
    assertThat(done.handedOn()).isEqualTo(LocalDate.of(2026, 12, 3));
  }

  @Test
  void nothingIllegalFoundReturnsTheDeviceWithoutAnIncident() {
    incidentsModuleListens();
    SearchView search = requested();
    complete(task("Task_DecideSearch"), "head", Map.of("searchDecision", "authorise"));
    complete(
        task("Task_RecordSearch"),
        "staff",
        Map.of("searchedBy", "Head", "witness", "Deputy head", "findings", "Nothing of concern"));
    complete(
        task("Task_HandOverDevice"),
        "staff",
        Map.of(
            "deviceOutcome", "returned",
            "handedOn", new Date(ClockUtil.getCurrentTime().getTime()),
            "returnedTo", "The pupil's mother"));

    assertThat(incidentsRequested).isEmpty();
    assertThat(flowOf(search)).isNull();
    SearchView done = searches.get(as("staff", Role.STAFF), search.id());
    assertThat(done.status()).isEqualTo("returned");
    assertThat(done.returnedTo()).isEqualTo("The pupil's mother");
    assertThat(done.incident()).isNull();
  }

  @Test
  void aRefusedSearchEndsAndIsRecordedWithWhoRefused() {
    SearchView search = requested();
    ProcessInstance flow = flowOf(search);
    complete(
        task("Task_DecideSearch"),
        "head",
        Map.of("searchDecision", "refuse", "decisionNote", "No grounds"));

    assertThat(flow).hasPassedInOrder("Task_DecideSearch", "EndEvent_Refused").isEnded();
    SearchView done = searches.get(as("head", Role.HEAD), search.id());
    assertThat(done.status()).isEqualTo("refused");
    assertThat(done.decisionNote()).isEqualTo("No grounds");
  }

  @Test
  void aSearchWithoutItsWitnessIsNotRecordedAndTheTaskStaysOpen() {
    requested();
    complete(task("Task_DecideSearch"), "head", Map.of("searchDecision", "authorise"));
    Task record = task("Task_RecordSearch");
    assertThatThrownBy(
            () -> complete(record, "staff", Map.of("searchedBy", "Head", "findings", "A knife")))
        .hasRootCauseInstanceOf(BeaconProblem.class)
        .hasMessageContaining("cannot be recorded");
    assertThat(task("Task_RecordSearch")).isNotNull();
    assertThat(store.searches.get(0).status().name()).isEqualTo("AUTHORISED");
  }

  @Test
  void onlyTheRequesterTheHeadAndTheDslReadASearch() {
    SearchView search = requested();
    assertThat(searches.list(as("staff2", Role.STAFF))).isEmpty();
    assertThat(searches.list(as("staff", Role.STAFF))).hasSize(1);
    assertThat(searches.list(as("dsl", Role.DSL))).hasSize(1);
    assertThat(searches.list(as("head", Role.HEAD))).hasSize(1);
    assertThatThrownBy(() -> searches.get(as("staff2", Role.STAFF), search.id()))
        .isInstanceOf(BeaconProblem.class);
    assertThatThrownBy(() -> searches.list(as("governor", Role.GOVERNOR)))
        .isInstanceOf(BeaconProblem.class);
    assertThat(store.audit)
        .anyMatch(a -> a.startsWith("denied read device-search " + search.reference()));
  }

  @Test
  void aRequestWithoutGroundsOrDeviceChangesNothing() {
    assertThatThrownBy(
            () ->
                searches.request(
                    as("staff", Role.STAFF), new NewSearch("P-0042", null, " ", "mine", null)))
        .isInstanceOfSatisfying(
            BeaconProblem.class, p -> assertThat(p.getMessage()).contains("cannot be requested"));
    assertThat(store.searches).isEmpty();
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }
}
