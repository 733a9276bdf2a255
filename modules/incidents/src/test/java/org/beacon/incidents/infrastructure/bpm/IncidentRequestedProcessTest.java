package org.beacon.incidents.infrastructure.bpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.beacon.incidents.application.IncidentReference;
import org.beacon.incidents.application.IncidentReporting;
import org.beacon.incidents.application.IncidentTypes;
import org.beacon.incidents.application.ReportIncident;
import org.beacon.platform.api.Messages;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Another module's case asks for an incident: the message starts the flow, whose step reports an
 * incident naming the pupil and the device in the reporter's name, through the module's reporting
 * service (here a double that keeps what it was asked; RecordsIT runs the real one with the
 * incident response flow).
 */
@Deployment(resources = "bpmn/incidents/IncidentRequestedProcess.bpmn")
class IncidentRequestedProcessTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private record Reported(String reporter, ReportIncident report) {}

  private final List<Reported> reported = new ArrayList<>();

  @BeforeEach
  void wireSteps() {
    init(engine.getProcessEngine());
    ReportRequestedIncidentDelegate delegate = new ReportRequestedIncidentDelegate();
    delegate.reporting =
        new IncidentReporting() {
          @Override
          public IncidentReference reportRequested(String reporter, ReportIncident report) {
            reported.add(new Reported(reporter, report));
            return new IncidentReference(7, "INC-2026-00" + (40 + reported.size()));
          }
        };
    Mocks.register("incidentsReportRequestedIncidentDelegate", delegate);
  }

  @AfterEach
  void forgetSteps() {
    Mocks.reset();
    reset();
  }

  @Test
  void aDeviceSearchThatFoundIllegalMaterialReportsAnIncidentNamingThePupilAndTheDevice() {
    Instant found = Instant.parse("2026-12-03T10:15:00Z");
    List<MessageCorrelationResult> results =
        runtimeService()
            .createMessageCorrelation(Messages.INCIDENT_REQUESTED)
            .setVariable(Messages.SOURCE_TYPE, "device-search")
            .setVariable(Messages.SOURCE_ID, 3L)
            .setVariable(Messages.SOURCE_REFERENCE, "DSR-3")
            .setVariable(Messages.PUPIL_REFERENCE, "P-0042")
            .setVariable(Messages.YEAR_GROUP, "Year 9")
            .setVariable(Messages.DEVICE, "Mobile phone, black")
            .setVariable(Messages.DEVICE_OWNERSHIP, "personal")
            .setVariable(Messages.DESCRIPTION, "An indecent image of a child in the gallery")
            .setVariable(Messages.REPORTED_BY, "staff")
            .setVariable(Messages.OCCURRED_AT, Date.from(found))
            .correlateAllWithResult();

    assertThat(results).hasSize(1);
    assertThat(results.get(0).getProcessInstance().getBusinessKey())
        .as("the sender learns the incident's reference")
        .isEqualTo("INC-2026-0041");
    assertThat(reported).hasSize(1);
    Reported incident = reported.get(0);
    assertThat(incident.reporter()).isEqualTo("staff");
    ReportIncident report = incident.report();
    assertThat(report.pupils()).containsExactly(new ReportIncident.Pupil("P-0042", "Year 9"));
    assertThat(report.device())
        .isEqualTo(new ReportIncident.Device("personal", "Mobile phone, black"));
    assertThat(report.description()).isEqualTo("An indecent image of a child in the gallery");
    assertThat(report.occurredAt()).isEqualTo("2026-12-03T10:15:00Z");
    assertThat(report.incidentType()).isEqualTo(IncidentTypes.OTHER);
    assertThat(report.incidentTypeOther()).contains("device-search DSR-3");
    assertThat(report.location()).isEqualTo("Found in device-search DSR-3");
    assertThat(report.immediateRisk()).isFalse();
    assertThat(report.staffOrEmpty()).isEmpty();

    HistoricProcessInstance flow =
        historyService().createHistoricProcessInstanceQuery().singleResult();
    assertThat(flow.getBusinessKey()).isEqualTo("INC-2026-0041");
    assertThat(flow.getEndActivityId()).isEqualTo("EndEvent_IncidentReported");
  }

  @Test
  void aRequestWithoutAPupilReportsAnIncidentThatNamesNoOne() {
    runtimeService()
        .createMessageCorrelation(Messages.INCIDENT_REQUESTED)
        .setVariable(Messages.SOURCE_TYPE, "device-search")
        .setVariable(Messages.SOURCE_REFERENCE, "DSR-4")
        .setVariable(Messages.REPORTED_BY, "dsl")
        .correlateAllWithResult();

    ReportIncident report = reported.get(0).report();
    assertThat(report.pupilsOrEmpty()).isEmpty();
    assertThat(report.device().ownership()).isEqualTo("personal");
    assertThat(report.description()).isEqualTo("Opened by device-search DSR-4");
  }
}
