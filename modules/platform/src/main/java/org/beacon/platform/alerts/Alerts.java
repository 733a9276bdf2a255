package org.beacon.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.Role;
import org.beacon.platform.tasks.StandIns;
import org.beacon.platform.tasks.TaskAccessRules;

/**
 * Raises alerts: turns an {@link AlertEvent} into one queued message per person the routing table
 * names, in the transaction of the work that raised it. Need to know holds here: nobody a case
 * names, and nobody a module's access rule keeps from the case, is ever queued a message about it.
 */
@ApplicationScoped
public class Alerts {

  private static final Logger LOG = Logger.getLogger(Alerts.class.getName());

  @Inject AlertRouting routing;
  @Inject AlertOutbox outbox;
  @Inject People people;
  @Inject CaseParties parties;
  @Inject TaskAccessRules accessRules;
  @Inject StandIns standIns;
  @Inject DigestPreference digests;
  @Inject AuditLog audit;

  MailSettings settings;
  Clock clock = Clock.systemUTC();

  protected Alerts() {}

  /** Alerts on these parts: for work outside the container, such as a process test. */
  public Alerts(
      AlertRouting routing,
      AlertOutbox outbox,
      People people,
      CaseParties parties,
      TaskAccessRules accessRules,
      StandIns standIns,
      DigestPreference digests,
      AuditLog audit,
      MailSettings settings,
      Clock clock) {
    this.routing = routing;
    this.outbox = outbox;
    this.people = people;
    this.parties = parties;
    this.accessRules = accessRules;
    this.standIns = standIns;
    this.digests = digests;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  private MailSettings settings() {
    if (settings == null) {
      settings = MailSettings.current();
    }
    return settings;
  }

  /** The people queued a message, by username, with how they hear of it. */
  public Map<String, Delivery> raise(AlertEvent event) {
    if (!settings().enabled()) {
      return Map.of();
    }
    if (event.process() == null || event.reference() == null) {
      // Without the case there is nobody to compare with who it names: nobody is told.
      LOG.warning(
          () -> "An alert '" + event.event() + "' was raised outside a case; nobody was told");
      return Map.of();
    }
    Map<String, Delivery> recipients = new LinkedHashMap<>();
    for (AlertRoute route : routing.routes(event.event())) {
      for (Person person : audience(route.audience(), event)) {
        recipients.merge(
            person.username(),
            route.delivery(),
            (a, b) -> a == Delivery.NOW || b == Delivery.NOW ? Delivery.NOW : a);
      }
    }
    Map<String, Delivery> queued = new LinkedHashMap<>();
    String link = settings().link(event.taskId() != null ? "#/tasks/" + event.taskId() : "#/tasks");
    Instant now = clock.instant();
    recipients.forEach(
        (username, delivery) -> {
          if (delivery == Delivery.DIGEST && !digests.wantsDigest(username)) {
            return;
          }
          if (outbox.has(event.dedupeKey(), username)) {
            return;
          }
          outbox.add(new QueuedAlert(event, username, delivery, link, now));
          queued.put(username, delivery);
        });
    if (!queued.isEmpty()) {
      audit.allowedInTransaction(
          "alert",
          "case",
          event.reference(),
          event.event() + " to " + String.join(", ", queued.keySet()));
    }
    return queued;
  }

  /** Everyone the audience stands for who may know of the case. */
  private List<Person> audience(String audience, AlertEvent event) {
    Set<Person> candidates = new LinkedHashSet<>();
    switch (audience) {
      case AlertRoute.HOLDERS -> {
        Optional<Person> assignee =
            Optional.ofNullable(event.assignee()).flatMap(people::byUsername);
        if (assignee.isPresent()) {
          candidates.add(assignee.get());
        } else {
          event.holders().forEach(group -> candidates.addAll(holding(group)));
        }
      }
      case AlertRoute.NEXT_STAND_IN ->
          event
              .holders()
              .forEach(
                  group ->
                      standIns
                          .standInsFor(group)
                          .forEach(next -> candidates.addAll(holding(next))));
      case AlertRoute.CASE_MANAGER -> {
        if (event.caseManagerRole() != null) {
          candidates.addAll(holding(event.caseManagerRole()));
        }
      }
      default -> candidates.addAll(holding(audience));
    }
    return candidates.stream().filter(person -> mayKnow(person, event)).toList();
  }

  private List<Person> holding(String roleId) {
    return Role.fromId(roleId).map(people::holding).orElseGet(List::of);
  }

  private boolean mayKnow(Person person, AlertEvent event) {
    var caller = person.asCaller();
    return !parties.isSubject(caller, event.process(), event.reference())
        && !accessRules.exclude(caller, event.process(), event.reference());
  }
}
