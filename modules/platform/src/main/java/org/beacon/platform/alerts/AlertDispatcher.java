package org.beacon.platform.alerts;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the alert outbox in the background, every {@value #EVERY_SECONDS} seconds, on the
 * container's managed scheduler: never on a request's thread, so a slow or absent mail server never
 * slows or fails the work that raised an alert.
 */
@ApplicationScoped
public class AlertDispatcher {

  static final long EVERY_SECONDS = 2;

  private static final Logger LOG = Logger.getLogger(AlertDispatcher.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject JpaAlertStore store;

  private ScheduledFuture<?> schedule;
  private AlertSender sender;

  /** Starts sending when e-mail is configured; called once the schema is up to date. */
  public synchronized void start() {
    MailSettings settings = MailSettings.current();
    LOG.info(() -> "Alerts: " + settings);
    if (!settings.enabled() || schedule != null) {
      return;
    }
    sender = new AlertSender(store, new SmtpMail(settings), Clock.systemUTC());
    schedule =
        scheduler.scheduleWithFixedDelay(
            this::roundQuietly, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
  }

  public synchronized void stop() {
    if (schedule != null) {
      schedule.cancel(false);
      schedule = null;
    }
  }

  private void roundQuietly() {
    // A thrown exception would end the schedule for good: log it, and the next round tries again.
    try {
      sender.round();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Alerts could not be sent this round; the next round tries again", e);
    }
  }
}
