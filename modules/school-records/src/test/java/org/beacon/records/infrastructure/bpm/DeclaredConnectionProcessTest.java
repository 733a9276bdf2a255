package org.beacon.records.infrastructure.bpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Role;
import org.beacon.records.InMemory;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.application.Connections;
import org.beacon.records.application.Connections.ConnectionView;
import org.beacon.records.application.Connections.NewConnection;
import org.beacon.records.application.Wiring;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A member of staff declares a connection with a pupil; the head acknowledges it. */
@Deployment(resources = "bpmn/school-records/DeclaredConnectionProcess.bpmn")
class DeclaredConnectionProcessTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private InMemory store;
  private Connections connections;

  @BeforeEach
  void wireSteps() {
    init(engine.getProcessEngine());
    store = new InMemory();
    store.pupil(new Pupil("P-0042", "Year 9", LocalDate.of(2012, 3, 4), null));
    Steps.register(store, engine.getProcessEngine());
    connections = Wiring.connections(store, engine.getProcessEngine());
  }

  @AfterEach
  void forgetSteps() {
    Mocks.reset();
    reset();
  }

  private static Caller as(String username, Role role) {
    return new Caller(username, Set.of(role));
  }

  @Test
  void theHeadAcknowledgesADeclaredConnectionAndTheDslSeesItForThePupil() {
    ConnectionView declared =
        connections.declare(
            as("staff", Role.STAFF), new NewConnection("p-0042", "I am the pupil's aunt"));
    assertThat(declared.pupilReference()).isEqualTo("P-0042");
    ProcessInstance flow =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(RecordsProcesses.CONNECTION_KEY)
            .processInstanceBusinessKey(declared.reference())
            .singleResult();
    Task acknowledge = taskService().createTaskQuery().singleResult();
    assertThat(taskService().getIdentityLinksForTask(acknowledge.getId()))
        .extracting(l -> l.getGroupId())
        .containsExactly("head");
    assertThat(acknowledge.getName()).isEqualTo("Acknowledge the connection staff declared");

    taskService().setAssignee(acknowledge.getId(), "head");
    taskService()
        .complete(acknowledge.getId(), Map.of("acknowledgementNote", "Another teacher marks"));

    assertThat(flow)
        .hasPassedInOrder("Task_AcknowledgeConnection", "EndEvent_Acknowledged")
        .isEnded();
    ConnectionView seen = connections.all(as("dsl", Role.DSL), "P-0042").get(0);
    assertThat(seen.username()).isEqualTo("staff");
    assertThat(seen.acknowledgedBy()).isEqualTo("head");
    assertThat(seen.acknowledgementNote()).isEqualTo("Another teacher marks");
    assertThat(connections.all(as("head", Role.HEAD), "P-0043")).isEmpty();
  }

  @Test
  void staffReadTheirOwnDeclarationsOnly() {
    connections.declare(as("staff", Role.STAFF), new NewConnection("P-0042", "Neighbour"));
    connections.declare(as("staff2", Role.STAFF), new NewConnection("P-0042", "Family friend"));

    assertThat(connections.mine(as("staff", Role.STAFF)))
        .extracting(ConnectionView::nature)
        .containsExactly("Neighbour");
    assertThatThrownBy(() -> connections.all(as("staff", Role.STAFF), "P-0042"))
        .isInstanceOf(BeaconProblem.class);
    assertThatThrownBy(() -> connections.all(as("office", Role.OFFICE), null))
        .isInstanceOf(BeaconProblem.class);
    assertThat(connections.all(as("dsl", Role.DSL), null)).hasSize(2);
    assertThat(store.audit).anyMatch(a -> a.startsWith("denied list declared-connection"));
  }

  @Test
  void aDeclarationWithoutItsNatureChangesNothing() {
    assertThatThrownBy(
            () -> connections.declare(as("staff", Role.STAFF), new NewConnection("P-0042", "")))
        .isInstanceOf(BeaconProblem.class);
    assertThat(store.connections).isEmpty();
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }
}
