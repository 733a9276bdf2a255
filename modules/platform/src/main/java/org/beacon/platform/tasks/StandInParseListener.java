package org.beacon.platform.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every model, shipped or deployed later, the stand-in check at creation.
 * The engine takes every parse listener the application offers as a CDI bean.
 */
@ApplicationScoped
public class StandInParseListener extends AbstractBpmnParseListener {

  @Inject StandIns standIns;

  private TaskListener fixed;

  protected StandInParseListener() {}

  /** The check by this listener: for an engine built outside the container, such as a process test. */
  public StandInParseListener(TaskListener standIns) {
    this.fixed = standIns;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, fixed != null ? fixed : standIns);
    }
  }
}
