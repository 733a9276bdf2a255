package org.beacon.platform.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sender against a real SMTP server (GreenMail): what is sent, when, and what a failure does.
 */
class AlertSenderTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  /** Monday 1 June 2026, 08:05 in London (BST). */
  private static final Instant MONDAY_0805 = Instant.parse("2026-06-01T07:05:00Z");

  private final InMemoryAlertStore store = new InMemoryAlertStore();
  private MailSettings settings;

  @BeforeEach
  void school() {
    store.addresses.put("dsl", "dsl@school.test");
    store.addresses.put("head", "head@school.test");
    settings =
        new MailSettings(
            "127.0.0.1",
            smtp.getSmtp().getPort(),
            null,
            null,
            MailSettings.Tls.NONE,
            "beacon@school.test",
            "https://beacon.school.test");
  }

  @Test
  void aMessageDueNowIsSentOnceWithTheReferenceAndTheLinkAndNothingElse() throws Exception {
    queue("dsl", Delivery.NOW, "child-at-risk", MONDAY_0805);

    assertThat(sender(MONDAY_0805).round()).isEqualTo(1);
    assertThat(sender(MONDAY_0805.plusSeconds(60)).round()).isZero();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("dsl@school.test");
    assertThat(received[0].getSubject()).contains("INC-2026-0001").contains("immediate risk");
    String body = GreenMailUtil.getBody(received[0]);
    assertThat(body)
        .contains("INC-2026-0001")
        .contains("https://beacon.school.test/#/tasks/t-1")
        .contains("Triage");
    assertThat(store.to("dsl").get(0).status()).isEqualTo(QueuedAlert.Status.SENT);
  }

  @Test
  void whileTheServerIsDownNothingIsLostAndEachMessageArrivesOnceWhenItReturns() throws Exception {
    for (int i = 0; i < 20; i++) {
      queue(i % 2 == 0 ? "dsl" : "head", Delivery.NOW, "child-at-risk", MONDAY_0805, "k" + i);
    }
    smtp.stop();
    AlertSender down = sender(MONDAY_0805);
    assertThat(down.round()).isZero();
    QueuedAlert first = store.alerts.get(0);
    assertThat(first.status()).isEqualTo(QueuedAlert.Status.QUEUED);
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.nextAttemptAt()).isAfter(MONDAY_0805);
    assertThat(first.lastError()).isNotBlank();

    assertThat(store.claimed).as("claims left by the stopped round").isEmpty();

    smtp.start();
    // Soon after the server returns (the first message's back-off is 10 s): the others, which the
    // stopped round had taken, are not held back by its claim.
    Instant later = MONDAY_0805.plusSeconds(15);
    int sent = 0;
    for (int round = 0; round < 5; round++) {
      sent += sender(later).round();
    }

    assertThat(sent).isEqualTo(20);
    assertThat(smtp.getReceivedMessages()).hasSize(20);
    assertThat(store.alerts).allMatch(a -> a.status() == QueuedAlert.Status.SENT);
  }

  @Test
  void twoSendersOnOneOutboxSendEachMessageOnce() throws Exception {
    for (int i = 0; i < 120; i++) {
      queue(i % 2 == 0 ? "dsl" : "head", Delivery.NOW, "child-at-risk", MONDAY_0805, "k" + i);
    }
    // Two nodes' rounds, interleaved: what one took for its round the other does not see.
    List<QueuedAlert> first = store.dueNow(MONDAY_0805, AlertSender.BATCH);
    int byTheOther = sender(MONDAY_0805).round();
    store.sent(first.stream().map(QueuedAlert::id).toList(), MONDAY_0805);
    int rest = sender(MONDAY_0805).round() + sender(MONDAY_0805).round();

    assertThat(first).hasSize(AlertSender.BATCH);
    assertThat(byTheOther).isEqualTo(AlertSender.BATCH);
    assertThat(first.size() + byTheOther + rest).isEqualTo(120);
    assertThat(smtp.getReceivedMessages()).hasSize(120 - AlertSender.BATCH);
    assertThat(store.alerts).allMatch(a -> a.status() == QueuedAlert.Status.SENT);
  }

  @Test
  void theDigestWaitsFor0730AndBringsEachPersonsNewTasksInOneMessage() throws Exception {
    Instant yesterdayEvening = Instant.parse("2026-05-31T17:00:00Z");
    queue("dsl", Delivery.DIGEST, "task-created", yesterdayEvening, "a");
    queue("dsl", Delivery.DIGEST, "task-created", yesterdayEvening.plusSeconds(60), "b");
    queue("head", Delivery.DIGEST, "task-created", yesterdayEvening, "c");

    assertThat(sender(Instant.parse("2026-06-01T06:29:00Z")).round()).isZero(); // 07:29 in London
    assertThat(smtp.getReceivedMessages()).isEmpty();

    assertThat(sender(Instant.parse("2026-06-01T06:30:00Z")).round())
        .isEqualTo(2); // 07:30 in London
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage toDsl =
        received[0].getAllRecipients()[0].toString().equals("dsl@school.test")
            ? received[0]
            : received[1];
    assertThat(toDsl.getSubject()).contains("2 new tasks");
    assertThat(GreenMailUtil.getBody(toDsl)).contains("Triage");
  }

  @Test
  void aTaskQueuedAfter0730WaitsForTomorrowsDigest() {
    queue("dsl", Delivery.DIGEST, "task-created", Instant.parse("2026-06-01T06:45:00Z"), "late");
    assertThat(sender(Instant.parse("2026-06-01T12:00:00Z")).round()).isZero();
    assertThat(sender(Instant.parse("2026-06-02T06:31:00Z")).round()).isEqualTo(1);
  }

  @Test
  void someoneWhoTurnedTheDigestOffOrHasNoAddressGetsNothing() {
    store.noDigest.add("dsl");
    queue("dsl", Delivery.DIGEST, "task-created", MONDAY_0805.minusSeconds(86_400), "off");
    queue("office", Delivery.NOW, "task-due-today", MONDAY_0805, "no-address");

    assertThat(sender(MONDAY_0805).round()).isZero();

    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(store.alerts).allMatch(a -> a.status() == QueuedAlert.Status.DROPPED);
  }

  @Test
  void theBackOffGrowsAndAMessageIsGivenUpAfterTwelveAttempts() {
    assertThat(QueuedAlert.backOff(1)).hasSeconds(10);
    assertThat(QueuedAlert.backOff(2)).hasSeconds(20);
    assertThat(QueuedAlert.backOff(10)).hasMinutes(30);
    queue("dsl", Delivery.NOW, "child-at-risk", MONDAY_0805, "doomed");
    QueuedAlert alert = store.alerts.get(0);
    for (int i = 0; i < QueuedAlert.MAX_ATTEMPTS; i++) {
      alert.failed("refused", MONDAY_0805);
    }
    assertThat(alert.status()).isEqualTo(QueuedAlert.Status.FAILED);
  }

  private AlertSender sender(Instant now) {
    return new AlertSender(store, new SmtpMail(settings), Clock.fixed(now, ZoneOffset.UTC));
  }

  private void queue(String recipient, Delivery delivery, String event, Instant at) {
    queue(recipient, delivery, event, at, "key");
  }

  private void queue(String recipient, Delivery delivery, String event, Instant at, String key) {
    AlertEvent alert =
        new AlertEvent(
            event,
            key,
            "IncidentResponseProcess",
            "INC-2026-0001",
            "Triage the incident",
            null,
            "t-1",
            List.of("dsl"),
            null,
            null);
    store.add(new QueuedAlert(alert, recipient, delivery, settings.link("#/tasks/t-1"), at));
  }
}
