package org.beacon.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the engine does not check in the filtering models: the diagram admins open is complete and
 * tidy.
 */
class FilteringModelsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FilteringReportProcess",
        "FilteringChangeRequestProcess",
        "FilteringReviewProcess",
        "FilteringLogReviewProcess"
      })
  void everyStepAndFlowIsDrawnWithoutOverlaps(String name) throws Exception {
    BpmnModelInstance model;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("bpmn/filtering-reports/" + name + ".bpmn")) {
      assertThat(in).as("model on the test classpath").isNotNull();
      model = Bpmn.readModelFromStream(in);
    }
    Map<String, Bounds> shapes =
        model.getModelElementsByType(BpmnShape.class).stream()
            .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), BpmnShape::getBounds));
    List<String> edges =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .filter(e -> e.getWaypoints().size() >= 2)
            .map(e -> e.getBpmnElement().getId())
            .toList();

    assertThat(shapes.keySet()).containsExactlyInAnyOrderElementsOf(ids(model, FlowNode.class));
    assertThat(edges).containsExactlyInAnyOrderElementsOf(ids(model, SequenceFlow.class));
    List<String> overlapping = new ArrayList<>();
    List<Map.Entry<String, Bounds>> all = new ArrayList<>(shapes.entrySet());
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        if (overlap(all.get(i).getValue(), all.get(j).getValue())) {
          overlapping.add(all.get(i).getKey() + " / " + all.get(j).getKey());
        }
      }
    }
    assertThat(overlapping).isEmpty();
  }

  private static List<String> ids(BpmnModelInstance model, Class<? extends BaseElement> type) {
    return model.getModelElementsByType(type).stream().map(BaseElement::getId).toList();
  }

  private static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth()
        && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight()
        && b.getY() < a.getY() + a.getHeight();
  }
}
