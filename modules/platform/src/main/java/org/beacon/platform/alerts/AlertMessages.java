package org.beacon.platform.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beacon.platform.api.SchoolTime;

/**
 * What an alert says: the case reference, the kind of step, when it is due and a link. Nothing else
 * ever goes into a message: no names, no pupil references, no description. A mailbox is read on
 * phones, shared with assistants and kept for years; the case stays behind Beacon's sign-in.
 */
final class AlertMessages {

  private static final ZoneId SCHOOL_ZONE = SchoolTime.ZONE;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK).withZone(SCHOOL_ZONE);

  /** How each event reads in a subject line. */
  private static final Map<String, String> HEADLINES =
      Map.of(
          "child-at-risk",
          "URGENT: a child may be at immediate risk",
          "incident-illegal",
          "URGENT: an incident was classified illegal",
          TaskAlerts.DUE_TODAY,
          "A task due today",
          TaskAlerts.CREATED,
          "A new task",
          AlertParseListener.DEADLINE_MISSED,
          "A deadline has passed",
          "allegation-raised",
          "An allegation about a member of staff needs you");

  private AlertMessages() {}

  record Message(String subject, String body) {}

  static String headline(String event) {
    return HEADLINES.getOrDefault(event, "Beacon needs you");
  }

  static Message single(QueuedAlert alert) {
    String subject = "Beacon: " + headline(alert.event()) + " (" + alert.reference() + ")";
    StringBuilder body = new StringBuilder();
    body.append(headline(alert.event())).append(".\n\n");
    entry(body, alert);
    body.append(
        "\nSign in to Beacon to see the case. This message says no more than this on purpose.\n");
    return new Message(subject, body.toString());
  }

  static Message digest(List<QueuedAlert> alerts) {
    String subject =
        "Beacon: "
            + alerts.size()
            + (alerts.size() == 1 ? " new task" : " new tasks")
            + " since yesterday's summary";
    StringBuilder body = new StringBuilder("New tasks in your roles:\n\n");
    for (QueuedAlert alert : alerts) {
      entry(body, alert);
      body.append('\n');
    }
    body.append("Turn this daily summary off under My account in Beacon.\n");
    return new Message(subject, body.toString());
  }

  private static void entry(StringBuilder body, QueuedAlert alert) {
    body.append("Case: ").append(alert.reference()).append('\n');
    if (alert.step() != null) {
      body.append("Step: ").append(alert.step()).append('\n');
    }
    if (alert.dueAt() != null) {
      body.append("Due: ").append(when(alert.dueAt())).append('\n');
    }
    body.append("Open: ").append(alert.link()).append('\n');
  }

  static String when(Instant instant) {
    return WHEN.format(instant);
  }
}
