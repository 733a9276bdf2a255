package org.beacon.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.beacon.platform.engine.BeaconEngine;
import org.beacon.platform.persistence.PlatformDataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the process engine runs and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Inject BeaconEngine engine;

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    boolean engineUp = engine.isRunning();
    boolean databaseUp = databaseAnswers();
    return HealthCheckResponse.named("beacon")
        .status(engineUp && databaseUp)
        .withData("engine", engineUp ? "UP" : "DOWN")
        .withData("database", databaseUp ? "UP" : "DOWN")
        .build();
  }

  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
