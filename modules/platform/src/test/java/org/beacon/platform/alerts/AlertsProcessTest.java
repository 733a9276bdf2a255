package org.beacon.platform.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.beacon.platform.RecordingAudit;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.Role;
import org.beacon.platform.identity.PeopleSnapshot;
import org.beacon.platform.people.CaseSubjectTaskAccess;
import org.beacon.platform.people.InMemoryCaseParties;
import org.beacon.platform.tasks.StandInParseListener;
import org.beacon.platform.tasks.StandIns;
import org.beacon.platform.tasks.TaskAccessRules;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who is queued which alert, on a real engine with the shipped routing table ({@code
 * AlertRouting.dmn}) and stand-in chain: every DSL and the head at once for a child at risk, the
 * holders of a task due today at once and of any other in the digest, the holders and the next
 * stand-in when a deadline passes; and nobody a case names, ever.
 */
class AlertsProcessTest {

  private static final String PROCESS = "AlertTrial";
  private static final String CASE = "INC-2026-0042";

  /** Monday 1 June 2026, 10:00 in London. */
  private static final Instant MONDAY_10 = Instant.parse("2026-06-01T09:00:00Z");

  private final PeopleSnapshot school =
      PeopleSnapshot.of(
          List.of(
              new Person(1, "dsl", "Dana Lead", EnumSet.of(Role.DSL)),
              new Person(2, "dsl2", "Devi Lead", EnumSet.of(Role.DSL)),
              new Person(3, "head", "Harriet Head", EnumSet.of(Role.HEAD)),
              new Person(4, "chair", "Charles Chair", EnumSet.of(Role.CHAIR)),
              new Person(5, "staff", "Sam Staff", EnumSet.of(Role.STAFF))));

  private final InMemoryAlertStore outbox = new InMemoryAlertStore();
  private final RecordingAudit audit = new RecordingAudit();
  private final List<String> audited = audit.entries();
  private InMemoryCaseParties parties;
  private ProcessEngine engine;
  private Alerts alerts;

  @BeforeEach
  void startEngine() {
    ClockUtil.setCurrentTime(Date.from(MONDAY_10));
    parties = new InMemoryCaseParties(school);
    TaskAccessRules rules = TaskAccessRules.of(List.of(CaseSubjectTaskAccess.over(parties)));
    StandIns[] standIns = new StandIns[1];
    AlertParseListener alertParse = new AlertParseListener(null);
    StandaloneInMemProcessEngineConfiguration config =
        new StandaloneInMemProcessEngineConfiguration();
    config.setProcessEngineName("alerts");
    config.setJdbcUrl("jdbc:h2:mem:alerts;DB_CLOSE_DELAY=-1");
    config.setDatabaseSchemaUpdate("create-drop");
    config.setHistory("full");
    config.setJobExecutorActivate(false);
    config.setCustomPostBPMNParseListeners(
        new ArrayList<>(
            List.of(
                new StandInParseListener(
                    task -> standIns[0].notify(task),
                    task -> new TaskAlerts(alerts, clock()).notify(task)),
                alertParse)));
    engine = config.buildProcessEngine();
    standIns[0] = new StandIns(school, parties, rules, engine.getDecisionService(), audit);
    alerts =
        new Alerts(
            new AlertRouting(engine.getDecisionService()),
            outbox,
            school,
            parties,
            rules,
            standIns[0],
            outbox,
            audit,
            new MailSettings(
                "localhost",
                25,
                null,
                null,
                MailSettings.Tls.NONE,
                "beacon@school.test",
                "https://beacon.school.test"),
            clock());
    // The engine's decisions exist only once it is built: the listeners get their alerts now.
    alertParse.alerts = alerts;
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("bpmn/platform/StandInChain.dmn")
        .addClasspathResource("bpmn/platform/AlertRouting.dmn")
        .addModelInstance(PROCESS + ".bpmn", trial())
        .deploy();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
    ClockUtil.reset();
  }

  @Test
  void aChildAtRiskTellsEveryDslAndTheHeadAtOnce() {
    start(Map.of("risk", true, "due", Date.from(MONDAY_10.plusSeconds(3600))));

    assertThat(recipients("child-at-risk")).containsExactlyInAnyOrder("dsl", "dsl2", "head");
    assertThat(outbox.alerts)
        .filteredOn(a -> a.event().equals("child-at-risk"))
        .allMatch(a -> a.delivery() == Delivery.NOW);
    QueuedAlert one = outbox.to("head").get(0);
    assertThat(one.reference()).isEqualTo(CASE);
    assertThat(one.link()).isEqualTo("https://beacon.school.test/#/tasks");
    assertThat(audited).anyMatch(a -> a.startsWith("alert: child-at-risk to"));
  }

  @Test
  void aDslTheCaseNamesHearsNothingOfIt() {
    parties.name(PROCESS, CASE, CaseParties.Part.SUBJECT, "Dana Lead");

    start(Map.of("risk", true, "due", Date.from(MONDAY_10.plusSeconds(3600))));

    assertThat(outbox.to("dsl")).isEmpty();
    assertThat(recipients("child-at-risk")).containsExactlyInAnyOrder("dsl2", "head");
    assertThat(recipients(TaskAlerts.DUE_TODAY)).containsExactly("dsl2");
  }

  @Test
  void aTaskDueTodayGoesAtOnceAndOneDueLaterWaitsForTheDigest() {
    start(Map.of("risk", false, "due", Date.from(MONDAY_10.plusSeconds(3600))));
    assertThat(outbox.alerts).extracting(QueuedAlert::event).containsOnly(TaskAlerts.DUE_TODAY);
    assertThat(recipients(TaskAlerts.DUE_TODAY)).containsExactlyInAnyOrder("dsl", "dsl2");

    outbox.alerts.clear();
    startAnother(
        "INC-2026-0043",
        Map.of("risk", false, "due", Date.from(MONDAY_10.plusSeconds(3 * 86_400))));
    assertThat(outbox.alerts).extracting(QueuedAlert::event).containsOnly(TaskAlerts.CREATED);
    assertThat(outbox.alerts).allMatch(a -> a.delivery() == Delivery.DIGEST);
    assertThat(outbox.alerts.get(0).link()).startsWith("https://beacon.school.test/#/tasks/");
  }

  @Test
  void someoneWhoTurnedTheDigestOffIsNotQueuedOne() {
    outbox.noDigest.add("dsl2");
    start(Map.of("risk", false, "due", Date.from(MONDAY_10.plusSeconds(3 * 86_400))));
    assertThat(recipients(TaskAlerts.CREATED)).containsExactly("dsl");
  }

  @Test
  void aMissedDeadlineTellsTheHoldersAndTheNextInTheStandInChain() {
    start(Map.of("risk", false, "due", Date.from(MONDAY_10.plusSeconds(3600))));
    outbox.alerts.clear();

    Job timer = engine.getManagementService().createJobQuery().timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());

    assertThat(recipients(AlertParseListener.DEADLINE_MISSED))
        .containsExactlyInAnyOrder("dsl", "dsl2", "head");
    assertThat(outbox.alerts).allMatch(a -> a.step().equals("Triage the incident"));
  }

  @Test
  void theSameOccurrenceIsQueuedOncePerPerson() {
    start(Map.of("risk", true, "due", Date.from(MONDAY_10.plusSeconds(3600))));
    int before = outbox.alerts.size();
    QueuedAlert first = outbox.alerts.get(0);
    AlertEvent again =
        new AlertEvent(
            first.event(),
            first.dedupeKey(),
            PROCESS,
            CASE,
            first.step(),
            null,
            null,
            List.of(),
            null,
            null);

    Map<String, Delivery> queuedAgain = alerts.raise(again);

    assertThat(queuedAgain).isEmpty();
    assertThat(outbox.alerts).hasSize(before);
  }

  private void start(Map<String, Object> variables) {
    startAnother(CASE, variables);
  }

  private void startAnother(String reference, Map<String, Object> variables) {
    engine.getRuntimeService().startProcessInstanceByKey(PROCESS, reference, variables);
  }

  private List<String> recipients(String event) {
    return outbox.alerts.stream()
        .filter(a -> a.event().equals(event))
        .map(QueuedAlert::recipient)
        .toList();
  }

  private static Clock clock() {
    return Clock.fixed(MONDAY_10, ZoneOffset.UTC);
  }

  private static BpmnModelInstance trial() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(PROCESS)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .exclusiveGateway("Gateway_Risk")
            .condition("at risk", "${risk}")
            .manualTask("Task_CallPolice")
            .name("Call the police")
            .userTask("Task_Triage")
            .name("Triage the incident")
            .camundaCandidateGroups("dsl")
            .camundaDueDate("${due}")
            .boundaryEvent("Timer_TriageLate")
            .cancelActivity(false)
            .timerWithDuration("PT1H")
            .endEvent("End_Late")
            .moveToActivity("Task_Triage")
            .endEvent("End")
            .moveToNode("Gateway_Risk")
            .condition("not at risk", "${!risk}")
            .connectTo("Task_Triage")
            .done();
    ManualTask callPolice = model.getModelElementById("Task_CallPolice");
    CamundaProperty property = model.newInstance(CamundaProperty.class);
    property.setCamundaName(AlertParseListener.PROPERTY);
    property.setCamundaValue("child-at-risk");
    CamundaProperties properties = model.newInstance(CamundaProperties.class);
    properties.addChildElement(property);
    ExtensionElements extensions = model.newInstance(ExtensionElements.class);
    extensions.addChildElement(properties);
    callPolice.setExtensionElements(extensions);
    return model;
  }
}
