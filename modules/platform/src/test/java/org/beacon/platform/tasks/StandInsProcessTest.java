package org.beacon.platform.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stand-in chain on a real engine with the shipped decision table: a task whose every candidate
 * is named in its case goes to the next role, and on down the chain.
 */
class StandInsProcessTest {

  private static final String PROCESS = "StandInTrial";
  private static final String CASE = "CASE-1";

  private final RecordingAudit audit = new RecordingAudit();
  private final List<String> audited = audit.entries();
  private ProcessEngine engine;
  private InMemoryCaseParties parties;

  /** A school with one DSL, a deputy, a head and a chair. */
  private final PeopleSnapshot school =
      PeopleSnapshot.of(
          List.of(
              new Person(1, "dsl", "Dana Lead", EnumSet.of(Role.DSL)),
              new Person(2, "dsl2", "Devi Lead", EnumSet.of(Role.DSL)),
              new Person(3, "head", "Harriet Head", EnumSet.of(Role.HEAD)),
              new Person(4, "chair", "Charles Chair", EnumSet.of(Role.CHAIR)),
              new Person(5, "technical", "Toni Tech", EnumSet.of(Role.TECHNICAL))));

  @BeforeEach
  void startEngine() {
    parties = new InMemoryCaseParties(school);
    StandIns standIns = new StandIns();
    standIns.people = school;
    standIns.parties = parties;
    standIns.accessRules = TaskAccessRules.of(List.of(CaseSubjectTaskAccess.over(parties)));
    standIns.audit = audit;
    StandaloneInMemProcessEngineConfiguration config =
        new StandaloneInMemProcessEngineConfiguration();
    config.setProcessEngineName("stand-ins");
    config.setJdbcUrl("jdbc:h2:mem:stand-ins;DB_CLOSE_DELAY=-1");
    config.setDatabaseSchemaUpdate("create-drop");
    config.setHistory("full");
    config.setJobExecutorActivate(false);
    config.setCustomPostBPMNParseListeners(
        new ArrayList<>(List.of(new StandInParseListener(standIns))));
    engine = config.buildProcessEngine();
    standIns.decisions = engine.getDecisionService();
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("bpmn/platform/StandInChain.dmn")
        .addModelInstance(PROCESS + ".bpmn", trial())
        .deploy();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void aTaskSomeoneCanWorkKeepsItsRole() {
    name("Dana Lead");
    assertThat(groupsOfTaskFor("dsl")).containsExactly("dsl");
    assertThat(audited).isEmpty();
  }

  @Test
  void everyDslNamedSendsTheDslsTaskToTheHead() {
    name("Mrs Lead");
    assertThat(groupsOfTaskFor("dsl")).containsExactlyInAnyOrder("dsl", "head");
    assertThat(
            parties.standsIn(
                new Person(3, "head", "Harriet Head", EnumSet.of(Role.HEAD)).asCaller(),
                PROCESS,
                CASE))
        .isTrue();
    assertThat(audited).hasSize(1);
  }

  @Test
  void theHeadNamedSendsTheHeadsTaskToTheChair() {
    name("Harriet Head");
    assertThat(groupsOfTaskFor("head")).containsExactlyInAnyOrder("head", "chair");
  }

  @Test
  void theChainGoesOnUntilSomeoneCanWorkTheTask() {
    name("Mrs Lead");
    name("head");
    assertThat(groupsOfTaskFor("dsl")).containsExactlyInAnyOrder("dsl", "head", "chair");
  }

  @Test
  void aRoleNobodyHoldsIsStoodInFor() {
    assertThat(groupsOfTaskFor("governor")).containsExactlyInAnyOrder("governor", "chair");
  }

  @Test
  void aTaskWithoutItsCaseYetIsLeftAlone() {
    name("Mrs Lead");
    engine.getRuntimeService().startProcessInstanceByKey(PROCESS, Map.of("role", "dsl"));
    assertThat(groups(engine.getTaskService().createTaskQuery().singleResult().getId()))
        .containsExactly("dsl");
  }

  private void name(String asGiven) {
    parties.name(PROCESS, CASE, CaseParties.Part.SUBJECT, asGiven);
  }

  private List<String> groupsOfTaskFor(String role) {
    engine.getRuntimeService().startProcessInstanceByKey(PROCESS, CASE, Map.of("role", role));
    return groups(
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(CASE)
            .singleResult()
            .getId());
  }

  private List<String> groups(String taskId) {
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private static BpmnModelInstance trial() {
    return Bpmn.createExecutableProcess(PROCESS)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Work")
        .camundaCandidateGroups("${role}")
        .endEvent()
        .done();
  }
}
