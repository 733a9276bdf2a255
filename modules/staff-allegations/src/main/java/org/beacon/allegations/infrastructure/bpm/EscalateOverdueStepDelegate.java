package org.beacon.allegations.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.application.AllegationAccess;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * A statutory clock has run out: the step its timer watches is still open. The step stays open and
 * is offered, as well, to the next role of the stand-in chain ({@code StandInChain.dmn}: the head's
 * work to the chair, the chair's to the head, the DSL's to the head) who can work this case (never
 * the accused; never the head when the head is accused), and that role may then read the case. The
 * escalation shows in the chronology as this step and is audited.
 *
 * <p>Which step is overdue is read from the model: the boundary timer that leads here is attached
 * to it. One delegate serves every clock of the flow.
 */
@Dependent
@Named("allegationsEscalateOverdueStepDelegate")
public class EscalateOverdueStepDelegate implements JavaDelegate {

  /** The platform's decision table of who stands in for whom. */
  static final String STAND_IN_CHAIN = "StandInChain";

  private static final Logger LOG = Logger.getLogger(EscalateOverdueStepDelegate.class.getName());

  private final AllegationRepository allegations;
  private final People people;
  private final CaseParties parties;
  private final AuditLog audit;

  @Inject
  public EscalateOverdueStepDelegate(
      AllegationRepository allegations, People people, CaseParties parties, AuditLog audit) {
    this.allegations = allegations;
    this.people = people;
    this.parties = parties;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Allegation allegation = AllegationVariables.allegation(allegations, execution);
    String overdueStep = overdueStep(execution);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task :
        tasks
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(overdueStep)
            .list()) {
      List<String> groups = candidateGroups(tasks, task);
      Optional<Role> next = nextInChain(execution, groups, allegation);
      if (next.isPresent()) {
        tasks.addCandidateGroup(task.getId(), next.get().id());
        parties.standIn(AllegationProcess.KEY, allegation.reference(), next.get());
        audit.allowedInTransaction(
            "escalate",
            "allegation",
            allegation.reference(),
            overdueStep
                + " overdue: offered to "
                + next.get().id()
                + " as well as "
                + String.join(", ", groups));
      } else {
        audit.allowedInTransaction(
            "escalate",
            "allegation",
            allegation.reference(),
            overdueStep
                + " overdue: nobody further in the stand-in chain than "
                + String.join(", ", groups));
        LOG.warning(
            () ->
                overdueStep
                    + " of "
                    + allegation.reference()
                    + " is overdue and nobody beyond "
                    + groups
                    + " can work it: give "
                    + STAND_IN_CHAIN
                    + " another row.");
      }
    }
  }

  /** The task the boundary timer leading to this step is attached to. */
  static String overdueStep(DelegateExecution execution) {
    FlowNode step = (FlowNode) execution.getBpmnModelElementInstance();
    for (SequenceFlow incoming : step.getIncoming()) {
      if (incoming.getSource() instanceof BoundaryEvent timer) {
        return timer.getAttachedTo().getId();
      }
    }
    throw new IllegalStateException(
        step.getId() + " must follow a boundary timer of the step it escalates");
  }

  private static List<String> candidateGroups(TaskService tasks, Task task) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  /**
   * The first role down the chain from the task's roles that is not already offered it and can work
   * the case.
   */
  private Optional<Role> nextInChain(
      DelegateExecution execution, List<String> groups, Allegation allegation) {
    Set<String> tried = new LinkedHashSet<>(groups);
    List<String> current = groups;
    while (!current.isEmpty()) {
      List<String> next = new ArrayList<>();
      for (String group : current) {
        for (String standIn : standInsFor(execution, group)) {
          if (!tried.add(standIn)) {
            continue;
          }
          Optional<Role> role = Role.fromId(standIn);
          if (role.isPresent() && anyoneMayWork(role.get(), allegation)) {
            return role;
          }
          next.add(standIn);
        }
      }
      current = next;
    }
    return Optional.empty();
  }

  private static List<String> standInsFor(DelegateExecution execution, String group) {
    return execution
        .getProcessEngineServices()
        .getDecisionService()
        .evaluateDecisionTableByKey(STAND_IN_CHAIN, Map.of("role", group))
        .getResultList()
        .stream()
        .map(result -> result.get("standIn"))
        .filter(standIn -> standIn instanceof String text && !text.isBlank())
        .map(String.class::cast)
        .toList();
  }

  private boolean anyoneMayWork(Role role, Allegation allegation) {
    AllegationAccess access = AllegationAccess.over(parties);
    return people.holding(role).stream()
        .anyMatch(person -> !access.excludedFromCase(person.asCaller(), allegation));
  }
}
