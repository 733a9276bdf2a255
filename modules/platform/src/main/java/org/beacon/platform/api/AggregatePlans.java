package org.beacon.platform.api;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.Session;

/**
 * Aggregate queries over a period are planned for the period they are asked about, not once for any
 * period.
 *
 * <p>PostgreSQL plans a prepared statement with its values for its first five executions and may
 * then keep a generic plan, made without them. For a period's scan the generic plan guesses that a
 * range of report times holds 0.5 % of the table: at a year of 1,000,000 incidents it walks an
 * index instead of scanning in parallel, and each of the incidents' counting queries took twice as
 * long from the sixth report on (0.58 against 0.27 s for the grouped scan, 1.15 against 0.57 s for
 * the actions). H2 plans every statement with its values already.
 */
public final class AggregatePlans {

  private AggregatePlans() {}

  /**
   * Plans with the values for the rest of the current transaction, on the entity manager's
   * connection.
   */
  public static void withTheirValues(EntityManager em) {
    em.unwrap(Session.class).doWork(AggregatePlans::withTheirValues);
  }

  /** Whether the entity manager's database is PostgreSQL (else H2). */
  static boolean onPostgresql(EntityManager em) {
    return em.unwrap(Session.class).doReturningWork(AggregatePlans::isPostgresql);
  }

  private static boolean isPostgresql(Connection connection) throws SQLException {
    return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
  }

  static void withTheirValues(Connection connection) throws SQLException {
    if (isPostgresql(connection)) {
      try (Statement statement = connection.createStatement()) {
        // LOCAL: until the transaction ends, so a pooled connection goes back as it came.
        statement.execute("set local plan_cache_mode = force_custom_plan");
      }
    }
  }
}
