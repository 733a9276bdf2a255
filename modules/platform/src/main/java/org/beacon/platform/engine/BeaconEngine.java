package org.beacon.platform.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.beacon.platform.persistence.PlatformDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.cdi.CdiExpressionManager;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * Builds and owns Beacon's one process engine. Every module uses it: through the services that
 * camunda-engine-cdi produces for injection ({@code @Inject TaskService} and so on).
 *
 * <p>The engine joins the server's JTA transactions on the shared datasource, so a domain row
 * written through JPA and the process instance started beside it commit or roll back together.
 */
@ApplicationScoped
public class BeaconEngine {

  private static final Logger LOG = Logger.getLogger(BeaconEngine.class.getName());
  private static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";

  @Inject DeploymentCounter deployments;

  /** Every parse listener the application offers (the stand-in check of each user task). */
  @Inject @Any Instance<BpmnParseListener> parseListeners;

  private ProcessEngine engine;

  public synchronized ProcessEngine start() {
    if (engine == null) {
      long started = System.nanoTime();
      engine = configuration().buildProcessEngine();
      LOG.info(
          () ->
              "Process engine '"
                  + engine.getName()
                  + "' started in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms");
    }
    return engine;
  }

  public synchronized void stop() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }

  public synchronized boolean isRunning() {
    return engine != null;
  }

  public synchronized ProcessEngine engine() {
    if (engine == null) {
      throw new IllegalStateException("The process engine has not been started");
    }
    return engine;
  }

  private ProcessEngineConfiguration configuration() {
    JakartaTransactionProcessEngineConfiguration config =
        new JakartaTransactionProcessEngineConfiguration();
    config.setProcessEngineName(ProcessEngines.NAME_DEFAULT);
    config.setDataSource(lookup(PlatformDataSource.JNDI_NAME, DataSource.class));
    // The JNDI lookup works where @Resource on this name fails at deployment.
    config.setTransactionManager(lookup(TRANSACTION_MANAGER, TransactionManager.class));
    config.setTransactionsExternallyManaged(true);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setHistory(HistoryLevel.HISTORY_LEVEL_FULL.getName());
    // Every node runs a job executor: the engine's job acquisition (a lock owner and lock time per
    // job, written with optimistic locking) lets one node run each timer and async step; a node
    // that dies leaves its locks to expire and another takes the jobs over.
    config.setJobExecutorActivate(true);
    // Nodes starting together deploy the packaged models once: a deployment takes the engine's
    // exclusive lock in ACT_GE_PROPERTY (SELECT ... FOR UPDATE) before duplicate filtering looks.
    config.setDeploymentLockUsed(true);
    // Names this node in the job log (ACT_HI_JOB_LOG.HOSTNAME_): which node ran which timer, even
    // with two nodes on one machine.
    config.setHostname(nodeName());
    config.setExpressionManager(new CdiExpressionManager());
    // Beacon's own identity and role checks apply; the engine's authorization tables stay unused.
    config.setAuthorizationEnabled(false);
    config.setDbMetricsReporterActivate(false);
    config.setEnforceHistoryTimeToLive(true);
    logging(config);
    // Queries (through the API or stored as filters) are data, never code: no expression in them
    // is evaluated, so a query cannot reach a bean or the engine.
    config.setEnableExpressionsInAdhocQueries(false);
    config.setEnableExpressionsInStoredQueries(false);
    // A cycle read from a setting (e.g. ${filteringSettings.reviewCycle}) is read again each time
    // the timer fires, so a changed setting takes effect without a new model version.
    config.setReevaluateTimeCycleWhenDue(true);
    // Ids made in memory, never fetched in blocks from the database: the default generator takes
    // a new block of ids in a transaction of its own (REQUIRES_NEW) in the middle of a request, and
    // on Payara's non-XA pool that nested transaction lets the request's connection go back to the
    // pool while the request still uses it. Two requests then share one connection, one's commit
    // commits the other's half-done work, and a crash leaves a case without its process instance or
    // an instance without its case (seen as concurrent transactions on one H2 session; LaunchIT's
    // kill -9 burst test). No nested transaction, no sharing.
    config.setIdGenerator(new StrongUuidGenerator());
    // Tells modules that keep something read from the models when a deployment changes them.
    config.setCustomPostDeployers(new ArrayList<>(List.of(deployments)));
    // Every user task, of every model however deployed, checks at creation that someone can work
    // it.
    // Beacon's own only: a library's parse listener that happens to be a bean is not asked for.
    config.setCustomPostBPMNParseListeners(
        new ArrayList<>(
            parseListeners.stream()
                .filter(l -> l.getClass().getName().startsWith("org.beacon."))
                .toList()));
    return config;
  }

  /**
   * What the engine writes to the server log: its start and its warnings (a job that fails is
   * logged as {@code ENGINE-14006} with the job's id), but not every exception a command throws
   * back to its caller: Beacon answers those (a 400, a 404) and logs what it did not expect itself,
   * so the engine's copy would be a SEVERE stack trace for each refused form.
   */
  static void logging(ProcessEngineConfigurationImpl config) {
    config.setEnableCmdExceptionLogging(false);
  }

  private static <T> T lookup(String name, Class<T> type) {
    try {
      return type.cast(InitialContext.doLookup(name));
    } catch (NamingException e) {
      throw new IllegalStateException("Cannot look up " + name, e);
    }
  }

  /** The machine's name and the process id, e.g. {@code beacon-1/4711}. */
  static String nodeName() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "localhost";
    }
    return host + "/" + ProcessHandle.current().pid();
  }
}
