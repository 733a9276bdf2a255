package org.beacon.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the engine does not check in the incident response model: the diagram admins open in the
 * modeler is complete and tidy, and the sanction forms pre-tick exactly the matrix's columns.
 */
class IncidentResponseModelTest {

  /** The column headings of seed 001's pupil matrix, whitespace normalised. */

  /** The column headings of seed 001's staff matrix, whitespace normalised, spelling kept. */
  private static final String MODEL = "bpmn/incidents/IncidentResponseProcess.bpmn";

  private BpmnModelInstance model;

  @BeforeEach
  void readModel() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(MODEL)) {
      assertThat(in).as("model on the test classpath").isNotNull();
      model = Bpmn.readModelFromStream(in);
    }
  }

  @Test
  void everyStepAndFlowIsDrawnWithoutOverlaps() {
    Map<String, Bounds> shapes =
        model.getModelElementsByType(BpmnShape.class).stream()
            .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), BpmnShape::getBounds));
    List<String> edges =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .filter(e -> e.getWaypoints().size() >= 2)
            .map(e -> e.getBpmnElement().getId())
            .toList();

    assertThat(shapes.keySet()).containsExactlyInAnyOrderElementsOf(ids(FlowNode.class));
    assertThat(edges).containsExactlyInAnyOrderElementsOf(ids(SequenceFlow.class));
    List<Map.Entry<String, Bounds>> all = List.copyOf(shapes.entrySet());
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        String a = all.get(i).getKey();
        String b = all.get(j).getKey();
        if (attached(a, b) || attached(b, a)) {
          // A boundary event sits on the edge of the step it watches.
          continue;
        }
        if (inside(a, b) || inside(b, a)) {
          // A step of an expanded subprocess is drawn within it, and wholly so.
          String inner = inside(a, b) ? a : b;
          String outer = inner.equals(a) ? b : a;
          assertThat(contains(shapes.get(outer), shapes.get(inner)))
              .as("%s drawn inside %s", inner, outer)
              .isTrue();
          continue;
        }
        assertThat(overlap(all.get(i).getValue(), all.get(j).getValue()))
            .as("%s overlaps %s", all.get(i).getKey(), all.get(j).getKey())
            .isFalse();
      }
    }
  }

  @Test
  void everyUserTaskIsOfferedToARole() {
    assertThat(model.getModelElementsByType(UserTask.class))
        .allSatisfy(
            task -> assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank());
  }

  @Test
  void everySplitNamesItsBranchesAndDecidesEachByACondition() {
    for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
      Collection<SequenceFlow> branches = gateway.getOutgoing();
      if (branches.size() > 1) {
        assertThat(branches)
            .as(gateway.getId())
            .allSatisfy(
                flow -> {
                  assertThat(flow.getName()).as(flow.getId()).isNotBlank();
                  assertThat(flow.getConditionExpression()).as(flow.getId()).isNotNull();
                });
      }
    }
  }

  @Test
  void sanctionFormsOfferTheDecisionsOwnOutputsNotLabelsOfTheirOwn() {
    assertEngineRecommends("Task_RecommendPupilSanctions", "PupilSanctions");
    assertEngineRecommends("Task_RecommendStaffSanctions", "StaffSanctions");
    assertChecklist("Task_DecidePupilActions");
    assertChecklist("Task_ProposeStaffActions");
  }

  private void assertEngineRecommends(String stepId, String decision) {
    BusinessRuleTask step = model.getModelElementById(stepId);
    assertThat(step.getCamundaDecisionRef()).as(stepId).isEqualTo(decision);
    assertThat(step.getCamundaDelegateExpression()).as(stepId).isNull();
    assertThat(step.getCamundaClass()).as(stepId).isNull();
  }

  private void assertChecklist(String taskId) {
    UserTask task = model.getModelElementById(taskId);
    List<CamundaFormField> fields =
        task
            .getExtensionElements()
            .getElementsQuery()
            .filterByType(CamundaFormData.class)
            .singleResult()
            .getCamundaFormFields()
            .stream()
            .toList();
    // No field of the form names an action: the checklist's choices are the school's decision's.
    assertThat(fields)
        .noneMatch(
            f -> f.getCamundaId().startsWith("action") && "boolean".equals(f.getCamundaType()));
    CamundaFormField checklist =
        fields.stream()
            .filter(f -> f.getCamundaId().equals("actionsDecided"))
            .findFirst()
            .orElseThrow();
    assertThat(checklist.getCamundaProperties().getCamundaProperties())
        .extracting(p -> p.getCamundaId() + "=" + p.getCamundaValue())
        .containsExactly("choices=sanctionChoices");
  }

  /** Whether {@code event} is a boundary event attached to {@code step}. */
  private boolean attached(String event, String step) {
    return model.getModelElementById(event) instanceof BoundaryEvent boundary
        && boundary.getAttachedTo().getId().equals(step);
  }

  /**
   * Whether the element {@code inner} is a step of the subprocess {@code outer}, directly or within
   * a subprocess nested in it (a pupil's action tasks within the pupil's branch).
   */
  private boolean inside(String inner, String outer) {
    for (var parent = model.getModelElementById(inner).getParentElement();
        parent != null;
        parent = parent.getParentElement()) {
      if (parent instanceof SubProcess sub && sub.getId().equals(outer)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(Bounds outer, Bounds inner) {
    return inner.getX() >= outer.getX()
        && inner.getY() >= outer.getY()
        && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
        && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
  }

  private List<String> ids(Class<? extends BaseElement> type) {
    return model.getModelElementsByType(type).stream().map(BaseElement::getId).toList();
  }

  private static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth()
        && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight()
        && b.getY() < a.getY() + a.getHeight();
  }
}
