package org.beacon.platform.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.beacon.platform.persistence.PlatformDataSource;

/**
 * Keeps the audit chain up with the trail: every few seconds it seals the events committed since,
 * and before every check it seals all there are. It never changes an audit event; sealing only
 * inserts seals.
 */
@ApplicationScoped
public class AuditSealer {

  private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

  static final long EVERY_SECONDS = 5;

  @Resource(lookup = PlatformDataSource.AUDIT_JNDI_NAME)
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  private final AuditSeals seals = new AuditSeals(1000);
  private final SealFloor floor = new SealFloor();

  /** One sealing run at a time on this node; the database lock serves between nodes. */
  private final ReentrantLock sealing = new ReentrantLock();

  private ScheduledFuture<?> schedule;

  /** Starts sealing in the background; called once the schema is up to date. */
  public synchronized void start() {
    if (schedule == null) {
      schedule =
          scheduler.scheduleWithFixedDelay(this::sealQuietly, 0, EVERY_SECONDS, TimeUnit.SECONDS);
    }
  }

  public synchronized void stop() {
    if (schedule != null) {
      schedule.cancel(false);
      schedule = null;
    }
  }

  /** Seals everything committed, then walks the whole chain. */
  public ChainCheck check() {
    sealing.lock();
    try (Connection connection = dataSource.getConnection()) {
      Instant now = Instant.now();
      long newest = seals.newestEventId(connection);
      seals.seal(connection, 0, now);
      floor.succeeded(now, 0, newest);
      return seals.walk(connection);
    } catch (SQLException e) {
      floor.failed();
      throw new IllegalStateException("The audit chain could not be checked", e);
    } finally {
      sealing.unlock();
    }
  }

  void sealQuietly() {
    // A failure is logged and the next run starts with a full sweep; a thrown exception would
    // end the schedule for good.
    if (!sealing.tryLock()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      Instant now = Instant.now();
      long from = floor.at(now);
      long newest = seals.newestEventId(connection);
      int sealed = seals.seal(connection, from, now);
      floor.succeeded(now, from, newest);
      if (sealed > 0) {
        LOG.fine(() -> "Sealed " + sealed + " audit event(s)");
      }
    } catch (SQLException | RuntimeException e) {
      floor.failed();
      LOG.log(
          Level.WARNING, "Audit events could not be sealed; the next run tries them all again", e);
    } finally {
      sealing.unlock();
    }
  }
}
