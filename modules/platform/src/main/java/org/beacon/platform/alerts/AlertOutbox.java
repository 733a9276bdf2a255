package org.beacon.platform.alerts;

import java.time.Instant;
import java.util.List;

/** Where alerts wait to be sent: {@link JpaAlertOutbox} in Beacon, a list in a process test. */
public interface AlertOutbox {

  /** Whether this recipient already has a message for this occurrence. */
  boolean has(String dedupeKey, String recipient);

  /** Adds a message, in the caller's transaction. */
  void add(QueuedAlert alert);

  /** Messages to send at once whose next attempt is due, oldest first. */
  List<QueuedAlert> dueNow(Instant now, int max);

  /** Digest entries queued before {@code before}, oldest first. */
  List<QueuedAlert> digestBefore(Instant before, int max);
}
