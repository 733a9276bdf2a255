package org.beacon.platform.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
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
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * No task is ever left with nobody able to work it. When a task is created, and everyone holding
 * its roles is kept from it (named in the case, or nobody holds the role), it is offered to the
 * role that stands in for them, by the decision table {@value #DECISION} in {@code bpmn/platform},
 * and on down the chain until someone can work it. The stand-in is recorded for the case, so the
 * modules let its holders read the case they now work.
 */
@ApplicationScoped
public class StandIns implements TaskListener {

  /** The decision table of who stands in for whom. */
  public static final String DECISION = "StandInChain";

  private static final Logger LOG = Logger.getLogger(StandIns.class.getName());
  private static final int LONGEST_CHAIN = Role.values().length;

  @Inject People people;
  @Inject CaseParties parties;
  @Inject TaskAccessRules accessRules;
  @Inject DecisionService decisions;
  @Inject AuditLog audit;

  protected StandIns() {}

  /** The chain on these parts: for work outside the container, such as a process test. */
  public StandIns(
      People people,
      CaseParties parties,
      TaskAccessRules accessRules,
      DecisionService decisions,
      AuditLog audit) {
    this.people = people;
    this.parties = parties;
    this.accessRules = accessRules;
    this.decisions = decisions;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    if (execution == null || execution.getProcessBusinessKey() == null) {
      // A case without its record yet (the first step of a message start): no one to compare.
      return;
    }
    String process = execution.getProcessDefinition().getKey();
    String reference = execution.getProcessBusinessKey();
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    if (groups.isEmpty()
        || groups.stream().anyMatch(group -> anyoneMayWork(group, process, reference))) {
      return;
    }
    Set<String> tried = new LinkedHashSet<>(groups);
    List<String> current = groups;
    for (int step = 0; step < LONGEST_CHAIN && !current.isEmpty(); step++) {
      List<String> next = new ArrayList<>();
      for (String group : current) {
        for (String standIn : standInsFor(group)) {
          if (!tried.add(standIn)) {
            continue;
          }
          Optional<Role> role = Role.fromId(standIn);
          if (role.isEmpty()) {
            continue;
          }
          task.addCandidateGroup(standIn);
          parties.standIn(process, reference, role.get());
          audit.allowedInTransaction(
              "stand-in",
              "task",
              task.getId(),
              standIn + " stands in for " + String.join(", ", groups) + " on " + reference);
          if (anyoneMayWork(standIn, process, reference)) {
            return;
          }
          next.add(standIn);
        }
      }
      current = next;
    }
    LOG.severe(
        () ->
            "Nobody can work task '"
                + task.getName()
                + "' of "
                + reference
                + ": everyone in "
                + tried
                + " is named in the case or the role is empty. Give the stand-in chain ("
                + DECISION
                + ") another row.");
  }

  /** The roles the chain names to stand in for this one, in the table's order. */
  public List<String> standInsFor(String group) {
    return decisions
        .evaluateDecisionTableByKey(DECISION, Map.of("role", group))
        .getResultList()
        .stream()
        .map(result -> result.get("standIn"))
        .filter(standIn -> standIn instanceof String text && !text.isBlank())
        .map(String.class::cast)
        .toList();
  }

  private boolean anyoneMayWork(String group, String process, String reference) {
    Optional<Role> role = Role.fromId(group);
    if (role.isEmpty()) {
      return true;
    }
    for (Person person : people.holding(role.get())) {
      if (!accessRules.exclude(person.asCaller(), process, reference)) {
        return true;
      }
    }
    return false;
  }
}
