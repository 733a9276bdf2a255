package org.beacon.allegations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.beacon.allegations.api.AllegationProcess;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.Test;

/**
 * The model itself makes it impossible to investigate before the LADO is consulted (seed 000 §9.1):
 * with the step that records the LADO's outcome taken out, no investigation step can be reached
 * from either start, along any sequence flow or boundary event.
 */
class LadoBeforeInvestigationModelTest {

  static final List<String> INVESTIGATION_STEPS =
      List.of(
          "Task_ConsiderSuspension",
          "Task_ApproveSuspension",
          "Task_FollowPoliceInvestigation",
          "Task_AttendStrategyDiscussion",
          "Task_InvestigationReport",
          "Task_DecideOnHearing",
          "Task_HoldHearing",
          "Task_RecordOutcome");

  private final BpmnModelInstance model = read();

  private static BpmnModelInstance read() {
    InputStream in =
        LadoBeforeInvestigationModelTest.class.getResourceAsStream(
            "/bpmn/staff-allegations/StaffAllegationProcess.bpmn");
    return Bpmn.readModelFromStream(in);
  }

  @Test
  void noInvestigationStepIsReachableWithoutRecordingTheLadoOutcome() {
    Set<String> reachable = reachableFromStarts(Set.of(AllegationProcess.TASK_RECORD_LADO_OUTCOME));

    assertThat(reachable)
        .contains(AllegationProcess.TASK_REFER_TO_LADO)
        .doesNotContainAnyElementsOf(INVESTIGATION_STEPS);
  }

  @Test
  void everyInvestigationStepIsReachableOnceTheOutcomeIsRecorded() {
    Set<String> reachable = reachableFromStarts(Set.of());

    assertThat(reachable).containsAll(INVESTIGATION_STEPS);
  }

  @Test
  void bothStartsLeadToTheHarmThresholdAssessment() {
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      assertThat(reachable(start, Set.of())).as(start.getId()).contains("Task_AssessHarmThreshold");
    }
  }

  private Set<String> reachableFromStarts(Set<String> removed) {
    Set<String> all = new LinkedHashSet<>();
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      all.addAll(reachable(start, removed));
    }
    return all;
  }

  private Set<String> reachable(FlowNode from, Set<String> removed) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<FlowNode> next = new ArrayDeque<>(List.of(from));
    while (!next.isEmpty()) {
      FlowNode node = next.pop();
      if (removed.contains(node.getId()) || !seen.add(node.getId())) {
        continue;
      }
      for (SequenceFlow flow : node.getOutgoing()) {
        next.push(flow.getTarget());
      }
      for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
        if (boundary.getAttachedTo().getId().equals(node.getId())) {
          next.push(boundary);
        }
      }
    }
    return seen;
  }
}
