package org.beacon.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beacon.platform.alerts.AlertDispatcher;
import org.beacon.platform.audit.AuditSealer;
import org.beacon.platform.config.BeaconSettings;
import org.beacon.platform.demo.DemoSchoolCases;
import org.beacon.platform.engine.BeaconEngine;
import org.beacon.platform.engine.ModelDeployer;
import org.beacon.platform.identity.InitialUsers;
import org.beacon.platform.models.ModelIntake;
import org.beacon.platform.persistence.OnlineBackups;
import org.beacon.platform.persistence.PlatformDataSource;
import org.beacon.platform.persistence.SchemaMigrations;
import org.beacon.platform.persistence.StartupLock;
import org.beacon.platform.web.TrustedProxies;

/**
 * Starts Beacon in order: schema migrations, the process engine, the packaged models, the first
 * users (and, at a demo school's first start, its term of cases), the audit chain's sealer. It runs
 * from the servlet context because the datasource is bound only by then.
 */
// Both pools check a connection (a round trip to the database) when it leaves the pool, at most
// once in five seconds: under load a connection leaves the pool many times a second, and each check
// queued behind the database's own work (up to 25 ms in the intake profile). A connection that died
// within those seconds fails its statement, which answers 503 and, by fail-all-connections, empties
// the pool: the outage test (FaultIT) holds Beacon to that.
@WebListener
@DataSourceDefinitions({
  @DataSourceDefinition(
      name = PlatformDataSource.JNDI_NAME,
      className = "org.beacon.platform.persistence.ConfiguredDataSource",
      minPoolSize = 2,
      maxPoolSize = 40,
      initialPoolSize = 2,
      maxIdleTime = 300,
      properties = {
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=custom-validation",
        "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
        "fish.payara.validate-atmost-once-period-in-seconds=5",
        "fish.payara.fail-all-connections=true",
        "fish.payara.max-wait-time-in-millis=10000"
      }),
  // The audit trail's own connections, never enlisted in a request's transaction: a refusal is
  // recorded even when the request it refused rolls back. Every request writes an audit event, so
  // this pool is as large as the main one (with 8 connections, 50 task-list users queued for it:
  // bench/README.md).
  @DataSourceDefinition(
      name = PlatformDataSource.AUDIT_JNDI_NAME,
      className = "org.beacon.platform.persistence.ConfiguredDataSource",
      transactional = false,
      minPoolSize = 2,
      maxPoolSize = 40,
      initialPoolSize = 2,
      maxIdleTime = 300,
      properties = {
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=custom-validation",
        "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
        "fish.payara.validate-atmost-once-period-in-seconds=5",
        "fish.payara.fail-all-connections=true",
        "fish.payara.max-wait-time-in-millis=10000"
      })
})
public class PlatformStartup implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  /** Set by the launcher: a failed start ends the process instead of leaving a dead server up. */
  static final String EXIT_ON_FAILURE = "beacon.exitOnStartupFailure";

  @Inject SchemaMigrations migrations;
  @Inject BeaconEngine engine;
  @Inject ModelDeployer models;
  @Inject ModelIntake intake;
  @Inject InitialUsers initialUsers;
  @Inject AuditSealer auditSealer;
  @Inject AlertDispatcher alerts;
  @Inject OnlineBackups backups;
  @Inject DemoSchoolCases demoCases;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    BeaconSettings settings = BeaconSettings.current();
    try {
      LOG.info(
          () ->
              "Beacon starting on "
                  + settings.databaseKind()
                  + (settings.demo() ? " (demo school)" : ""));
      // A wrong BEACON_TRUSTED_PROXIES stops the start here, naming the entry, rather than
      // failing every request later.
      TrustedProxies.configured();
      // Nodes that start together on one database take turns here (StartupLock).
      try (StartupLock turn = StartupLock.acquire(settings.databaseKind())) {
        migrations.migrate(Modules.all());
        engine.start();
        migrations.migrateEngineAdditions();
        models.deployPackagedModels(event.getServletContext(), intake::check);
        initialUsers.ensure(settings.demo(), settings.adminPassword());
        if (settings.demoCases()) {
          makeDemoCases();
        }
      }
      auditSealer.start();
      alerts.start();
      backups.start();
      LOG.info("Beacon is ready");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Beacon could not start: " + e.getMessage(), e);
      if (Boolean.getBoolean(EXIT_ON_FAILURE)) {
        System.err.println("Beacon could not start: " + e.getMessage());
        Runtime.getRuntime().halt(1);
      }
      throw e;
    }
  }

  /**
   * A demo that cannot make its cases still starts (its users can sign in and work); the log says
   * which module's cases are missing.
   */
  private void makeDemoCases() {
    try {
      demoCases.ensure();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Demo cases incomplete: " + e.getMessage(), e);
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    backups.stop();
    alerts.stop();
    auditSealer.stop();
    engine.stop();
  }
}
