package org.beacon.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The daily audit check: an intact chain ends quietly; a broken one becomes a task for the
 * administrator and the DSLs that names the first broken event.
 */
@Deployment(resources = "bpmn/platform/AuditChainCheckProcess.bpmn")
class AuditChainCheckProcessTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private ChainCheck found = ChainCheck.intact(0);

  @BeforeEach
  void registerDelegate() {
    init(engine.getProcessEngine());
    AuditSealer sealer =
        new AuditSealer() {
          @Override
          public ChainCheck check() {
            return found;
          }
        };
    Mocks.register("platformVerifyAuditChainDelegate", new VerifyAuditChainDelegate(sealer));
  }

  @AfterEach
  void resetEngine() {
    Mocks.reset();
    reset();
  }

  @Test
  void theCheckRunsEveryMorningFromATimer() {
    Job timer = dailyCheck();

    assertThat(
            LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault())
                .getHour())
        .isEqualTo(5);
    assertThat(timer.getProcessInstanceId()).as("a timer start event: no instance waits").isNull();
  }

  @Test
  void anIntactChainEndsTheCheck() {
    found = ChainCheck.intact(42);

    ProcessInstance check = runDailyCheck();

    assertThat(check)
        .isEnded()
        .hasPassedInOrder("Task_VerifyAuditChain", "Gateway_ChainIntact", "EndEvent_ChainIntact");
    assertThat(
            historyService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(check.getId())
                .count())
        .isZero();
  }

  @Test
  void aBrokenChainAsksTheAdministratorAndTheDslsToInvestigateTheFirstBrokenEvent() {
    found = ChainCheck.broken(6, 123, 7, "the event was deleted");

    ProcessInstance check = runDailyCheck();

    assertThat(check).isWaitingAt("Task_InvestigateAuditTrail");
    assertThat(task(check))
        .hasName("Audit trail broken: investigate")
        .hasCandidateGroup("admin")
        .hasCandidateGroup("dsl");
    assertThat(check)
        .variables()
        .containsEntry("brokenEventId", 123L)
        .containsEntry("auditChainIntact", false);

    taskService()
        .complete(task(check).getId(), Map.of("findings", "Restored from last night's backup."));
    assertThat(check).isEnded().hasPassed("EndEvent_Investigated");
  }

  private ProcessInstance runDailyCheck() {
    managementService().executeJob(dailyCheck().getId());
    ProcessInstance check =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(VerifyAuditChainDelegate.PROCESS_KEY)
            .singleResult();
    assertThat(check)
        .as("waits before the check, which runs on the job executor")
        .isWaitingAt("Task_VerifyAuditChain");
    assertThat(dailyCheck()).as("tomorrow's timer is scheduled before the check runs").isNotNull();
    managementService()
        .executeJob(
            managementService()
                .createJobQuery()
                .processInstanceId(check.getId())
                .singleResult()
                .getId());
    return check;
  }

  private static Job dailyCheck() {
    return managementService()
        .createJobQuery()
        .timers()
        .processDefinitionKey(VerifyAuditChainDelegate.PROCESS_KEY)
        .singleResult();
  }
}
