package org.beacon.platform.alerts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The outbox as the sender sees it: each call its own short transaction, so that no database
 * connection is held while the mail server is talked to. What {@link #dueNow} and {@link
 * #digestBefore} return is claimed for the caller (with several nodes, for this node) until it is
 * sent, failed, dropped or released.
 */
public interface AlertStore {

  List<QueuedAlert> dueNow(Instant now, int max);

  List<QueuedAlert> digestBefore(Instant before, int max);

  /** The e-mail address of an enabled person; empty for a leaver or someone without one. */
  Optional<String> address(String username);

  boolean wantsDigest(String username);

  void sent(Collection<Long> ids, Instant now);

  void failed(long id, String why, Instant now);

  void dropped(Collection<Long> ids, String why);

  /**
   * Gives up this node's claim on messages it took for a round and did not get to (the round
   * stopped at a mail server failure): the next round, on any node, takes them at once rather than
   * after the claim ran out.
   */
  void release(Collection<Long> ids);
}
