package org.beacon.platform.tasks;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Gives every user task of every model, shipped or deployed later, the stand-in check at creation. */
public class StandInParseListener extends AbstractBpmnParseListener {

  private final TaskListener standIns;

  public StandInParseListener(TaskListener standIns) {
    this.standIns = standIns;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, standIns);
    }
  }
}
