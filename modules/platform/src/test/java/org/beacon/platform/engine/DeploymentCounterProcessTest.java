package org.beacon.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link DeploymentCounter} as the engine's last deployer: a deployment moves the count while it is
 * parsed and again when it commits; starting instances and reading definitions leave it alone.
 */
class DeploymentCounterProcessTest {

  private final DeploymentCounter counter = new DeploymentCounter();
  private ProcessEngine engine;

  @BeforeEach
  void engineWithTheCounter() {
    StandaloneInMemProcessEngineConfiguration config =
        new StandaloneInMemProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:mem:deployment-counter;DB_CLOSE_DELAY=-1");
    config.setDatabaseSchemaUpdate("create-drop");
    config.setJobExecutorActivate(false);
    config.setProcessEngineName("deployment-counter");
    config.setCustomPostDeployers(new ArrayList<>(List.of(counter)));
    engine = config.buildProcessEngine();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aDeploymentCountsWhenParsedAndWhenCommittedAndNothingElseDoes() {
    long before = counter.count();

    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("flow.bpmn", flow("Counted"))
        .deploy();
    long afterDeploy = counter.count();
    engine.getRuntimeService().startProcessInstanceByKey("Counted");
    engine.getRepositoryService().createProcessDefinitionQuery().list();

    assertThat(afterDeploy).isEqualTo(before + 2);
    assertThat(counter.count()).isEqualTo(afterDeploy);
  }

  private static org.camunda.bpm.model.bpmn.BpmnModelInstance flow(String key) {
    return Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Do")
        .endEvent()
        .done();
  }
}
