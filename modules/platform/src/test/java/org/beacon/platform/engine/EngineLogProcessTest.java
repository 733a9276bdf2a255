package org.beacon.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's own log reaches the server log: through SLF4J into java.util.logging, which is what
 * Payara writes out. Before slf4j-api was aligned with the JUL binding, every {@code ENGINE-} line
 * went to SLF4J's no-operation logger, and a job that failed did so in silence.
 */
class EngineLogProcessTest {

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Logger camunda = Logger.getLogger("org.camunda.bpm.engine");
  private Level levelBefore;
  private boolean parentHandlersBefore;
  private ProcessEngine engine;

  @BeforeEach
  void engineWithAJobExecutor() {
    levelBefore = camunda.getLevel();
    parentHandlersBefore = camunda.getUseParentHandlers();
    camunda.setLevel(Level.INFO);
    camunda.setUseParentHandlers(false);
    camunda.addHandler(capture);
    StandaloneInMemProcessEngineConfiguration config =
        new StandaloneInMemProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:mem:engine-log;DB_CLOSE_DELAY=-1");
    config.setDatabaseSchemaUpdate("create-drop");
    config.setProcessEngineName("engine-log");
    BeaconEngine.logging(config);
    config.setJobExecutorActivate(true);
    engine = config.buildProcessEngine();
  }

  @AfterEach
  void close() {
    engine.close();
    camunda.removeHandler(capture);
    camunda.setLevel(levelBefore);
    camunda.setUseParentHandlers(parentHandlersBefore);
  }

  @Test
  void theEngineStartIsLoggedAtInfo() {
    assertThat(records)
        .anySatisfy(
            r -> {
              assertThat(r.getLevel()).isEqualTo(Level.INFO);
              assertThat(r.getMessage()).startsWith("ENGINE-00001");
            });
  }

  @Test
  void aFailingJobIsLoggedAsAWarningNamingTheJob() throws InterruptedException {
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("failing.bpmn", failingJob())
        .deploy();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("FailingJob").getId();
    String job =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance)
            .singleResult()
            .getId();

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (failures(job).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }

    assertThat(failures(job))
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r.getLevel().intValue())
                    .isGreaterThanOrEqualTo(Level.WARNING.intValue()));
  }

  @Test
  void anExceptionTheCallerIsToldAboutIsNotLoggedAgainAsASevereError() {
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("failing.bpmn", failingJob())
        .deploy();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("FailingJob").getId();

    try {
      engine.getRuntimeService().setVariable(instance + "-no-such-execution", "x", 1);
    } catch (RuntimeException expected) {
      // Beacon answers the caller (a 404 or 400) and logs what it did not expect itself.
    }

    assertThat(records).noneMatch(r -> r.getMessage().startsWith("ENGINE-16004"));
  }

  private List<LogRecord> failures(String job) {
    return records.stream()
        .filter(r -> r.getMessage().startsWith("ENGINE-14006") && r.getMessage().contains(job))
        .toList();
  }

  private static BpmnModelInstance failingJob() {
    return Bpmn.createExecutableProcess("FailingJob")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("Fails")
        .camundaAsyncBefore()
        .camundaExpression("${undefinedBean.call()}")
        .endEvent()
        .done();
  }
}
