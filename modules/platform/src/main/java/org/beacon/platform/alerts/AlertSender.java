package org.beacon.platform.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.beacon.platform.api.SchoolTime;

/**
 * Sends what the outbox holds: messages due now, oldest first, and at 07:30 school time each
 * person's digest of the new tasks queued before it. A message is marked sent only after the mail
 * server took it; one the server refused is tried again with a growing back-off. When the server is
 * down the round ends at the first failure, so a queue of hundreds does not wait out hundreds of
 * time-outs.
 */
public class AlertSender {

  static final LocalTime DIGEST_AT = LocalTime.of(7, 30);
  static final ZoneId SCHOOL_ZONE = SchoolTime.ZONE;
  static final int BATCH = 50;

  private static final Logger LOG = Logger.getLogger(AlertSender.class.getName());

  private final AlertStore store;
  private final MailTransport mail;
  private final Clock clock;

  public AlertSender(AlertStore store, MailTransport mail, Clock clock) {
    this.store = store;
    this.mail = mail;
    this.clock = clock;
  }

  /**
   * One round: what is due now, then the digest if its time has come. The number of messages sent.
   */
  public int round() {
    int sent = sendDue();
    if (sent >= 0) {
      sent += sendDigests();
    }
    return Math.max(sent, 0);
  }

  /** Messages due now; -1 when the mail server failed (the round stops there). */
  int sendDue() {
    int sent = 0;
    List<QueuedAlert> due = store.dueNow(clock.instant(), BATCH);
    for (int i = 0; i < due.size(); i++) {
      QueuedAlert alert = due.get(i);
      Optional<String> address = store.address(alert.recipient());
      if (address.isEmpty()) {
        store.dropped(
            List.of(alert.id()),
            "no e-mail address for " + alert.recipient() + ", or the account is disabled");
        continue;
      }
      AlertMessages.Message message = AlertMessages.single(alert);
      try {
        mail.send(address.get(), message.subject(), message.body());
      } catch (MailTransport.MailFailure e) {
        store.failed(alert.id(), e.getMessage(), clock.instant());
        store.release(due.subList(i + 1, due.size()).stream().map(QueuedAlert::id).toList());
        LOG.warning(
            () ->
                "Could not send alert "
                    + alert.id()
                    + " ("
                    + alert.event()
                    + "): "
                    + e.getMessage()
                    + "; it is tried again later");
        return -1;
      }
      store.sent(List.of(alert.id()), clock.instant());
      sent++;
    }
    return sent;
  }

  /**
   * Today's digests, once 07:30 has passed: everything queued for the digest before 07:30 today.
   */
  int sendDigests() {
    Instant now = clock.instant();
    ZonedDateTime today =
        now.atZone(SCHOOL_ZONE).toLocalDate().atTime(DIGEST_AT).atZone(SCHOOL_ZONE);
    if (now.isBefore(today.toInstant())) {
      return 0;
    }
    Map<String, List<QueuedAlert>> byRecipient = new LinkedHashMap<>();
    for (QueuedAlert alert : store.digestBefore(today.toInstant(), BATCH * 20)) {
      byRecipient.computeIfAbsent(alert.recipient(), r -> new ArrayList<>()).add(alert);
    }
    int sent = 0;
    List<Long> untouched =
        new ArrayList<>(
            byRecipient.values().stream().flatMap(List::stream).map(QueuedAlert::id).toList());
    for (Map.Entry<String, List<QueuedAlert>> entry : byRecipient.entrySet()) {
      List<Long> ids = entry.getValue().stream().map(QueuedAlert::id).toList();
      untouched.removeAll(ids);
      if (!store.wantsDigest(entry.getKey())) {
        store.dropped(ids, "the daily summary is turned off");
        continue;
      }
      Optional<String> address = store.address(entry.getKey());
      if (address.isEmpty()) {
        store.dropped(
            ids, "no e-mail address for " + entry.getKey() + ", or the account is disabled");
        continue;
      }
      AlertMessages.Message message = AlertMessages.digest(entry.getValue());
      try {
        mail.send(address.get(), message.subject(), message.body());
      } catch (MailTransport.MailFailure e) {
        LOG.warning(
            () ->
                "Could not send the daily summary to "
                    + entry.getKey()
                    + ": "
                    + e.getMessage()
                    + "; it is tried again later");
        List<Long> unsent = new ArrayList<>(ids);
        unsent.addAll(untouched);
        store.release(unsent);
        return sent;
      }
      store.sent(ids, clock.instant());
      sent++;
    }
    return sent;
  }
}
