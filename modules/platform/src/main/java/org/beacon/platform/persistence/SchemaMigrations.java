package org.beacon.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.beacon.platform.api.BeaconModule;
import org.flywaydb.core.Flyway;

/**
 * Brings every module's tables up to date with Flyway. Each module has its own migration folder and
 * its own history table, so modules version their schema independently.
 */
@ApplicationScoped
public class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  DataSource dataSource;

  /** Where Beacon's additions to the engine's tables live (indexes for Beacon's own queries). */
  static final String ENGINE_LOCATION = "classpath:db/migration/engine";

  public void migrate(List<BeaconModule> modules) {
    for (BeaconModule module : modules) {
      migrate(
          "module " + module.name(), module.migrationLocation(), module.name().replace('-', '_'));
    }
  }

  /**
   * Beacon's additions to the process engine's tables, once the engine has created or upgraded
   * them: the engine owns its schema, so these run after it, in a history table of their own.
   */
  public void migrateEngineAdditions() {
    migrate("the engine's tables", ENGINE_LOCATION, "engine");
  }

  private void migrate(String what, String location, String historyPrefix) {
    var result =
        Flyway.configure(BeaconModule.class.getClassLoader())
            .dataSource(dataSource)
            .locations(location)
            .table(historyPrefix + "_schema_history")
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .failOnMissingLocations(false)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema of "
                + what
                + ": "
                + result.migrationsExecuted
                + " migration(s) applied, now at version "
                + result.targetSchemaVersion);
  }
}
