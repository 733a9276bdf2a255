package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;

/**
 * Every BPMN model under {@code bpmn/} has its picture: the build draws each one ({@link
 * FlowPicture}) into {@code target/flows/}, and the copy the README and ARCHITECTURE.md link to,
 * {@code docs/flows/<module>/<ProcessId>.svg}, must be the same drawing. After changing a model,
 * refresh the copies with {@code mvn -B test -pl modules/app -am -Dtest=FlowPicturesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbeacon.flows.update=true}.
 */
class FlowPicturesTest {

  private static final Path BPMN =
      Path.of(System.getProperty("beacon.bpmn.dir", "../../bpmn")).toAbsolutePath().normalize();
  private static final Path DOCS =
      Path.of(System.getProperty("beacon.flows.dir", "../../docs/flows"))
          .toAbsolutePath()
          .normalize();
  private static final Path BUILT = Path.of("target", "flows");
  private static final boolean UPDATE = Boolean.getBoolean("beacon.flows.update");

  @Test
  void everyModelHasACurrentPictureInDocs() throws IOException {
    List<Path> models = models();
    assertThat(models).as("models under " + BPMN).isNotEmpty();
    for (Path model : models) {
      Path relative = BPMN.relativize(model);
      String svgName = relative.toString().replaceAll("\\.bpmn$", ".svg");
      String picture = FlowPicture.of(model);
      Path built = BUILT.resolve(svgName);
      Files.createDirectories(built.getParent());
      Files.writeString(built, picture);
      Path committed = DOCS.resolve(svgName);
      if (UPDATE) {
        Files.createDirectories(committed.getParent());
        Files.writeString(committed, picture);
      }
      assertThat(committed)
          .as(
              committed
                  + " is missing or out of date: refresh docs/flows with -Dbeacon.flows.update=true (see this test's comment)")
          .exists();
      assertThat(Files.readString(committed))
          .as(
              committed
                  + " is out of date: refresh docs/flows with -Dbeacon.flows.update=true (see this test's comment)")
          .isEqualTo(picture);
    }
    try (Stream<Path> pictures = Files.walk(DOCS)) {
      assertThat(
              pictures
                  .filter(p -> p.toString().endsWith(".svg"))
                  .map(p -> DOCS.relativize(p).toString().replaceAll("\\.svg$", ".bpmn")))
          .as("pictures without a model")
          .allSatisfy(name -> assertThat(BPMN.resolve(name)).exists());
    }
  }

  @Test
  void thePictureOfTheIncidentFlowDrawsEveryStepOfTheModel() throws IOException {
    Path model = BPMN.resolve("incidents/IncidentResponseProcess.bpmn");
    String picture = FlowPicture.of(model);
    BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
    assertThat(picture).startsWith("<?xml").contains("<svg ").endsWith("</svg>\n");
    for (FlowNode node : instance.getModelElementsByType(FlowNode.class)) {
      assertThat(picture).as(node.getId()).contains("data-element-id=\"" + node.getId() + "\"");
    }
    assertThat(picture).contains(">Classify the").contains("marker-end=\"url(#arrow)\"");
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.walk(BPMN)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
