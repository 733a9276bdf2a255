package org.beacon.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.beacon.platform.identity.BeaconUser;
import org.beacon.platform.identity.Directory;

/**
 * {@link AlertStore} on {@code pf_alert}, one transaction per call. Every node sends: what {@link
 * #dueNow} and {@link #digestBefore} return is claimed for this node for {@link #LEASE}, so another
 * node's round skips it; sending, failing or dropping a message ends the claim. A node that dies
 * mid-round leaves its claims to expire, and the messages are sent by another node then.
 */
@ApplicationScoped
public class JpaAlertStore implements AlertStore {

  /** Far longer than a round takes, even one that waits out the mail server's time-outs. */
  static final Duration LEASE = Duration.ofMinutes(5);

  /** This node, as its claims name it. */
  static final String NODE = node();

  @Inject JpaAlertOutbox outbox;
  @Inject Directory directory;
  @Inject DigestPreference digests;

  @Override
  @Transactional
  public List<QueuedAlert> dueNow(Instant now, int max) {
    return outbox.claim(outbox.dueNow(now, max), NODE, now, now.plus(LEASE));
  }

  @Override
  @Transactional
  public List<QueuedAlert> digestBefore(Instant before, int max) {
    Instant now = Instant.now();
    return outbox.claim(outbox.digestBefore(before, max), NODE, now, now.plus(LEASE));
  }

  @Override
  @Transactional
  public Optional<String> address(String username) {
    return directory
        .find(username)
        .filter(BeaconUser::enabled)
        .map(BeaconUser::email)
        .filter(email -> email != null && !email.isBlank());
  }

  @Override
  public boolean wantsDigest(String username) {
    return digests.wantsDigest(username);
  }

  @Override
  @Transactional
  public void sent(Collection<Long> ids, Instant now) {
    ids.forEach(id -> outbox.find(id).sent(now));
  }

  @Override
  @Transactional
  public void failed(long id, String why, Instant now) {
    outbox.find(id).failed(why, now);
  }

  @Override
  @Transactional
  public void dropped(Collection<Long> ids, String why) {
    ids.forEach(id -> outbox.find(id).dropped(why));
  }

  @Override
  @Transactional
  public void release(Collection<Long> ids) {
    ids.forEach(id -> outbox.find(id).release());
  }

  private static String node() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "node";
    }
    String id =
        host
            + "/"
            + ProcessHandle.current().pid()
            + "/"
            + java.util.UUID.randomUUID().toString().substring(0, 8);
    return id.length() <= 100 ? id : id.substring(id.length() - 100);
  }
}
