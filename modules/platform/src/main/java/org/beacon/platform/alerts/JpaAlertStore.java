package org.beacon.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.beacon.platform.identity.BeaconUser;
import org.beacon.platform.identity.Directory;

/** {@link AlertStore} on {@code pf_alert}, one transaction per call. */
@ApplicationScoped
public class JpaAlertStore implements AlertStore {

  @Inject JpaAlertOutbox outbox;
  @Inject Directory directory;
  @Inject DigestPreference digests;

  @Override
  @Transactional
  public List<QueuedAlert> dueNow(Instant now, int max) {
    return outbox.dueNow(now, max);
  }

  @Override
  @Transactional
  public List<QueuedAlert> digestBefore(Instant before, int max) {
    return outbox.digestBefore(before, max);
  }

  @Override
  @Transactional
  public Optional<String> address(String username) {
    return directory.find(username)
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
}
