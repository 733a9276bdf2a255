package org.beacon.allegations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * The deadlines of a case and whether each was met, read from the engine's history: every task the
 * model gave a due date (the LADO referral, the suspension letter, the investigation steps, the DBS
 * referral), due when, done when.
 */
@ApplicationScoped
public class CaseDeadlines {

  /** The engine's delete reason of a task that was completed, as opposed to cancelled. */
  static final String COMPLETED = "completed";

  @Inject HistoryService historyService;

  Clock clock = Clock.systemUTC();

  /**
   * One deadline.
   *
   * @param task the model's task id, e.g. Task_ReferToLado
   * @param name what was due
   * @param due when
   * @param done when the task was completed, or null
   * @param state met, missed, open, overdue or cancelled
   * @param met whether it was done in time; null while open, or when cancelled
   */
  public record Deadline(
      String task, String name, Instant due, Instant done, String state, Boolean met) {}

  public List<Deadline> of(String processInstanceId) {
    Instant now = clock.instant();
    return historyService
        .createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId)
        .list()
        .stream()
        .filter(t -> t.getDueDate() != null)
        .sorted(
            Comparator.comparing(HistoricTaskInstance::getStartTime)
                .thenComparing(HistoricTaskInstance::getId))
        .map(t -> deadline(t, now))
        .toList();
  }

  static Deadline deadline(HistoricTaskInstance task, Instant now) {
    Instant due = task.getDueDate().toInstant();
    if (task.getEndTime() == null) {
      boolean overdue = now.isAfter(due);
      return new Deadline(
          task.getTaskDefinitionKey(),
          task.getName(),
          due,
          null,
          overdue ? "overdue" : "open",
          overdue ? false : null);
    }
    if (!COMPLETED.equals(task.getDeleteReason())) {
      return new Deadline(
          task.getTaskDefinitionKey(), task.getName(), due, null, "cancelled", null);
    }
    Instant done = task.getEndTime().toInstant();
    boolean met = !done.isAfter(due);
    return new Deadline(
        task.getTaskDefinitionKey(), task.getName(), due, done, met ? "met" : "missed", met);
  }
}
