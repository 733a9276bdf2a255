package org.beacon.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Where the models raise alerts, for every model however deployed:
 *
 * <ul>
 *   <li>any element with the extension property {@code beacon.alert} (for example {@code
 *       child-at-risk} on the first step of the immediate-risk path) raises that event for its case
 *       when it starts;
 *   <li>every timer on the boundary of a user task is a deadline: when it fires it raises {@value
 *       #DEADLINE_MISSED} for the step's holders and the next in the stand-in chain, unless the
 *       timer says {@code beacon.alert} = {@code none}.
 * </ul>
 *
 * The engine takes every parse listener the application offers as a CDI bean.
 */
@ApplicationScoped
public class AlertParseListener extends AbstractBpmnParseListener {

  public static final String PROPERTY = "beacon.alert";
  public static final String DEADLINE_MISSED = "deadline-missed";
  static final String NONE = "none";
  static final String CASE_MANAGER_VARIABLE = "caseManagerGroup";

  @Inject Alerts alerts;

  protected AlertParseListener() {}

  /**
   * Alerts raised through these: for an engine built outside the container, such as a process test.
   */
  public AlertParseListener(Alerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseManualTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseExclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseInclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseParallelGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
    caseEvent(element, activity);
  }

  @Override
  public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    Optional<String> property = property(element);
    if (element.element("timerEventDefinition") != null
        && activity.getEventScope() instanceof ActivityImpl attached
        && attached.getActivityBehavior() instanceof UserTaskActivityBehavior task) {
      if (property.filter(NONE::equals).isPresent()) {
        return;
      }
      String event = property.orElse(DEADLINE_MISSED);
      List<Expression> groups =
          new ArrayList<>(task.getTaskDefinition().getCandidateGroupIdExpressions());
      activity.addBuiltInListener(
          ExecutionListener.EVENTNAME_START,
          (ExecutionListener)
              execution ->
                  raise(
                      execution,
                      event,
                      attached.getName(),
                      groups,
                      assigneeOf(execution, attached.getId())));
      return;
    }
    caseEvent(element, activity);
  }

  private void caseEvent(Element element, ActivityImpl activity) {
    Optional<String> event = property(element).filter(value -> !NONE.equals(value));
    if (event.isEmpty()) {
      return;
    }
    List<Expression> groups =
        activity.getActivityBehavior() instanceof UserTaskActivityBehavior task
            ? new ArrayList<>(task.getTaskDefinition().getCandidateGroupIdExpressions())
            : List.of();
    activity.addBuiltInListener(
        ExecutionListener.EVENTNAME_START,
        (ExecutionListener)
            execution -> raise(execution, event.get(), activity.getName(), groups, null));
  }

  private void raise(
      DelegateExecution execution,
      String event,
      String step,
      List<Expression> groupExpressions,
      String assignee) {
    ExecutionEntity entity = (ExecutionEntity) execution;
    List<String> groups = new ArrayList<>();
    for (Expression expression : groupExpressions) {
      Object value = expression.getValue(execution);
      if (value instanceof String text) {
        Arrays.stream(text.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .forEach(groups::add);
      }
    }
    Object manager = execution.getVariable(CASE_MANAGER_VARIABLE);
    alerts.raise(
        new AlertEvent(
            event,
            "case:"
                + event
                + ":"
                + execution.getProcessInstanceId()
                + ":"
                + execution.getActivityInstanceId(),
            entity.getProcessDefinition().getKey(),
            execution.getProcessBusinessKey(),
            step,
            null,
            null,
            groups,
            assignee,
            manager instanceof String role ? role : null));
  }

  /**
   * Who holds the late step, when someone took it: a timer that does not interrupt leaves it open.
   */
  private static String assigneeOf(DelegateExecution execution, String taskKey) {
    return execution
        .getProcessEngineServices()
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey)
        .list()
        .stream()
        .map(org.camunda.bpm.engine.task.Task::getAssignee)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  static Optional<String> property(Element element) {
    Element extensions = element.element("extensionElements");
    if (extensions == null) {
      return Optional.empty();
    }
    for (Element properties :
        extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties")) {
      for (Element property :
          properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        if (PROPERTY.equals(property.attribute("name"))) {
          return Optional.ofNullable(property.attribute("value"))
              .map(String::trim)
              .filter(s -> !s.isEmpty());
        }
      }
    }
    return Optional.empty();
  }
}
