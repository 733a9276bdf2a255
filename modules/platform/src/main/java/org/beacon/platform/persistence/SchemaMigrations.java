package org.beacon.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.beacon.platform.api.BeaconModule;
import org.flywaydb.core.Flyway;

/**
 * Brings every module's tables up to date with Flyway. Each module has its own migration folder
 * and its own history table, so modules version their schema independently.
 */
@ApplicationScoped
public class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  DataSource dataSource;

  public void migrate(List<BeaconModule> modules) {
    for (BeaconModule module : modules) {
      var result =
          Flyway.configure(BeaconModule.class.getClassLoader())
              .dataSource(dataSource)
              .locations(module.migrationLocation())
              .table(module.name().replace('-', '_') + "_schema_history")
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .failOnMissingLocations(false)
              .load()
              .migrate();
      LOG.info(
          () ->
              "Schema of module "
                  + module.name()
                  + ": "
                  + result.migrationsExecuted
                  + " migration(s) applied, now at version "
                  + result.targetSchemaVersion);
    }
  }
}
