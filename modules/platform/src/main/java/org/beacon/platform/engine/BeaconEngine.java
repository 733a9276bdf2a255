package org.beacon.platform.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.beacon.platform.persistence.PlatformDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.cdi.CdiExpressionManager;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;

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
    config.setJobExecutorActivate(true);
    config.setExpressionManager(new CdiExpressionManager());
    // Beacon's own identity and role checks apply; the engine's authorization tables stay unused.
    config.setAuthorizationEnabled(false);
    config.setDbMetricsReporterActivate(false);
    config.setEnforceHistoryTimeToLive(true);
    // A cycle read from a setting (e.g. ${filteringSettings.reviewCycle}) is read again each time
    // the timer fires, so a changed setting takes effect without a new model version.
    config.setReevaluateTimeCycleWhenDue(true);
    return config;
  }

  private static <T> T lookup(String name, Class<T> type) {
    try {
      return type.cast(InitialContext.doLookup(name));
    } catch (NamingException e) {
      throw new IllegalStateException("Cannot look up " + name, e);
    }
  }
}
