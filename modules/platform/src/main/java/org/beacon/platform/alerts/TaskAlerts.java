package org.beacon.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.beacon.platform.api.SchoolTime;
import org.beacon.platform.tasks.AfterTaskCreated;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Tells people of a new task in their roles: {@value #DUE_TODAY} when it is due today in school
 * time (sent at once by the shipped routing), {@value #CREATED} otherwise (the morning digest).
 * Runs after the stand-in check, so a stand-in hears of the task they now hold.
 */
@ApplicationScoped
public class TaskAlerts implements AfterTaskCreated {

  public static final String DUE_TODAY = "task-due-today";
  public static final String CREATED = "task-created";

  static final ZoneId SCHOOL_ZONE = SchoolTime.ZONE;

  @Inject Alerts alerts;

  Clock clock = Clock.systemUTC();

  protected TaskAlerts() {}

  /** Alerts raised through these: for work outside the container, such as a process test. */
  public TaskAlerts(Alerts alerts, Clock clock) {
    this.alerts = alerts;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    if (execution == null || execution.getProcessBusinessKey() == null) {
      return;
    }
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    boolean dueToday =
        task.getDueDate() != null
            && !task.getDueDate()
                .toInstant()
                .atZone(SCHOOL_ZONE)
                .toLocalDate()
                .isAfter(LocalDate.now(clock.withZone(SCHOOL_ZONE)));
    alerts.raise(
        new AlertEvent(
            dueToday ? DUE_TODAY : CREATED,
            "task:" + task.getId(),
            execution.getProcessDefinition().getKey(),
            execution.getProcessBusinessKey(),
            task.getName(),
            task.getDueDate() == null ? null : task.getDueDate().toInstant(),
            task.getId(),
            groups,
            task.getAssignee(),
            null));
  }
}
