package org.beacon.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import org.beacon.platform.config.DatabaseKind;

/**
 * Nodes that start together on one PostgreSQL database take turns at the start-up's writes: the
 * schema migrations, the engine's own tables, the packaged models and the first users. The first
 * node does them, the next finds them done (the engine's duplicate filtering deploys an unchanged
 * model once). It is a session-level advisory lock of PostgreSQL, held on one connection outside
 * every transaction and outside the pools: a node killed while holding it loses its connection, and
 * with it the lock. On H2 (one node, an embedded file) there is nothing to take turns with.
 */
public final class StartupLock implements AutoCloseable {

  /** An arbitrary number that names Beacon's start-up among PostgreSQL's advisory locks. */
  static final long KEY = 0x6265_6163_6f6eL; // "beacon"

  /** A start on a busy machine takes minutes; a start that holds the lock far longer has hung. */
  static final Duration WAIT_AT_MOST = Duration.ofMinutes(15);

  private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

  private final Connection connection;

  private StartupLock(Connection connection) {
    this.connection = connection;
  }

  /** Waits for the other nodes' start-ups to finish; on H2 returns at once. */
  public static StartupLock acquire(DatabaseKind kind) {
    if (kind != DatabaseKind.POSTGRESQL) {
      return new StartupLock(null);
    }
    try {
      // A connection of its own, outside the pools: closing it ends its database session, and
      // with it the lock, whatever happened.
      Connection connection = new ConfiguredDataSource().getConnection();
      try {
        long started = System.nanoTime();
        long until = started + WAIT_AT_MOST.toNanos();
        // Asked again every half second rather than waited for in one statement: a statement that
        // waits longer than the connection's socket time-out (60 s) would be cut off.
        while (!tryLock(connection)) {
          if (System.nanoTime() > until) {
            throw new IllegalStateException(
                "Another node has been starting for more than "
                    + WAIT_AT_MOST.toMinutes()
                    + " minutes (PostgreSQL advisory lock "
                    + KEY
                    + " held): is a start hanging?");
          }
          Thread.sleep(500);
        }
        long waited = (System.nanoTime() - started) / 1_000_000;
        if (waited > 100) {
          LOG.info(() -> "Waited " + waited + " ms for another node's start-up to finish");
        }
        return new StartupLock(connection);
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      } catch (InterruptedException e) {
        connection.close();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for another node's start-up", e);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot take the start-up lock in the database: " + e.getMessage(), e);
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      lock.setLong(1, KEY);
      try (ResultSet result = lock.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  @Override
  public void close() {
    if (connection == null) {
      return;
    }
    // Closing the connection ends its session and releases the lock; the unlock first says so
    // plainly.
    try (connection;
        PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.execute();
    } catch (SQLException e) {
      LOG.warning(
          () ->
              "Could not release the start-up lock ("
                  + e.getMessage()
                  + "); its connection is closed, which does");
    }
  }
}
