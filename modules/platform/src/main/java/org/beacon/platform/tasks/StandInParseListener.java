package org.beacon.platform.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every model, shipped or deployed later, the stand-in check at creation,
 * and after it every {@link AfterTaskCreated} listener (the task alerts). The engine takes every
 * parse listener the application offers as a CDI bean.
 */
@ApplicationScoped
public class StandInParseListener extends AbstractBpmnParseListener {

  @Inject StandIns standIns;
  @Inject Instance<AfterTaskCreated> after;

  private TaskListener fixed;
  private List<TaskListener> fixedAfter = List.of();

  protected StandInParseListener() {}

  /**
   * The check by this listener, then the others: for an engine built outside the container, such as
   * a process test.
   */
  public StandInParseListener(TaskListener standIns, TaskListener... after) {
    this.fixed = standIns;
    this.fixedAfter = List.of(after);
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      behavior
          .getTaskDefinition()
          .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, fixed != null ? fixed : standIns);
      Iterable<? extends TaskListener> then = fixed != null ? fixedAfter : after;
      for (TaskListener listener : then) {
        behavior
            .getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
      }
    }
  }
}
