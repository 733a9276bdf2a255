package org.beacon.platform.alerts;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** The outbox as a list, with the addresses and digest choices of a small school. */
class InMemoryAlertStore implements AlertStore, AlertOutbox, DigestPreference {

  final List<QueuedAlert> alerts = new ArrayList<>();
  final Map<String, String> addresses = new HashMap<>();
  final Set<String> noDigest = new HashSet<>();

  /** Messages a round took and has not finished with, as the database store claims them. */
  final Set<Long> claimed = new HashSet<>();

  private final AtomicLong ids = new AtomicLong();

  @Override
  public boolean has(String dedupeKey, String recipient) {
    return alerts.stream()
        .anyMatch(a -> a.dedupeKey().equals(dedupeKey) && a.recipient().equals(recipient));
  }

  @Override
  public void add(QueuedAlert alert) {
    setId(alert, ids.incrementAndGet());
    alerts.add(alert);
  }

  @Override
  public List<QueuedAlert> dueNow(Instant now, int max) {
    return alerts.stream()
        .filter(
            a ->
                a.status() == QueuedAlert.Status.QUEUED
                    && a.delivery() == Delivery.NOW
                    && !a.nextAttemptAt().isAfter(now))
        .filter(a -> !claimed.contains(a.id()))
        .sorted(Comparator.comparing(QueuedAlert::nextAttemptAt).thenComparing(QueuedAlert::id))
        .limit(max)
        .peek(a -> claimed.add(a.id()))
        .toList();
  }

  @Override
  public List<QueuedAlert> digestBefore(Instant before, int max) {
    return alerts.stream()
        .filter(
            a ->
                a.status() == QueuedAlert.Status.QUEUED
                    && a.delivery() == Delivery.DIGEST
                    && a.createdAt().isBefore(before))
        .filter(a -> !claimed.contains(a.id()))
        .limit(max)
        .peek(a -> claimed.add(a.id()))
        .toList();
  }

  @Override
  public Optional<String> address(String username) {
    return Optional.ofNullable(addresses.get(username));
  }

  @Override
  public boolean wantsDigest(String username) {
    return !noDigest.contains(username);
  }

  @Override
  public boolean set(String username, boolean on) {
    if (on) {
      noDigest.remove(username);
    } else {
      noDigest.add(username);
    }
    return true;
  }

  @Override
  public void sent(Collection<Long> ids, Instant now) {
    ids.forEach(id -> find(id).sent(now));
    claimed.removeAll(ids);
  }

  @Override
  public void failed(long id, String why, Instant now) {
    find(id).failed(why, now);
    claimed.remove(id);
  }

  @Override
  public void dropped(Collection<Long> ids, String why) {
    ids.forEach(id -> find(id).dropped(why));
    claimed.removeAll(ids);
  }

  @Override
  public void release(Collection<Long> ids) {
    claimed.removeAll(ids);
  }

  List<QueuedAlert> to(String recipient) {
    return alerts.stream().filter(a -> a.recipient().equals(recipient)).toList();
  }

  private QueuedAlert find(long id) {
    return alerts.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
  }

  private static void setId(QueuedAlert alert, long id) {
    try {
      Field field = QueuedAlert.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(alert, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
