package org.beacon.platform.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Something that happened in a case that people may need to hear about, as the alert routing sees
 * it: what kind of thing ({@link #event}), which case, the kind of step, when it is due and where
 * it leads. It carries nothing from the case itself: no names, no pupil references, no description.
 *
 * @param event the row of the routing table, e.g. {@code child-at-risk} or {@code task-created}
 * @param dedupeKey the same for every raising of one occurrence, so each recipient hears of it once
 * @param process the process definition key of the case
 * @param reference the case's readable reference (the business key)
 * @param step the kind of step, e.g. the task's name in the model
 * @param dueAt when the step is due, if it is
 * @param taskId the task concerned, if any: the link leads to it
 * @param holders the roles that hold the step (a task's candidate groups)
 * @param assignee the person who holds the step, if one does
 * @param caseManagerRole the case manager's role where the flow names one
 */
public record AlertEvent(
    String event,
    String dedupeKey,
    String process,
    String reference,
    String step,
    Instant dueAt,
    String taskId,
    List<String> holders,
    String assignee,
    String caseManagerRole) {

  public AlertEvent {
    holders = holders == null ? List.of() : List.copyOf(holders);
  }

  public Optional<Instant> due() {
    return Optional.ofNullable(dueAt);
  }
}
