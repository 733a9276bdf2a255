package org.beacon.platform.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;

/**
 * Deploys every BPMN and DMN model packaged under {@code WEB-INF/classes/bpmn/}, one deployment per
 * folder (module). Duplicate filtering keeps a restart from creating a new version of a model whose
 * file did not change. Every model passes the same checks as one deployed through the designer or
 * {@code /engine-rest} first; a shipped model that breaks a rule stops the start, naming the
 * element, rather than failing a case at run time.
 */
@ApplicationScoped
public class ModelDeployer {

  static final String MODELS_ROOT = "/WEB-INF/classes/bpmn/";
  private static final Logger LOG = Logger.getLogger(ModelDeployer.class.getName());

  @Inject RepositoryService repositoryService;

  /**
   * The model rules, as the designer and {@code /engine-rest} apply them: for one resource, its
   * problems keyed by element id, empty when it may be deployed. Handed in by the start-up, so that
   * the engine package does not depend on the models package (which depends on the engine).
   */
  @FunctionalInterface
  public interface ModelRulesCheck {
    Map<String, String> problems(String resourceName, byte[] content);
  }

  public void deployPackagedModels(ServletContext context, ModelRulesCheck intake) {
    Map<String, Map<String, byte[]>> byFolder = new TreeMap<>();
    collect(context, MODELS_ROOT, byFolder);
    List<String> refused = new ArrayList<>();
    byFolder.forEach(
        (folder, models) ->
            models.forEach(
                (name, bytes) ->
                    intake
                        .problems(name, bytes)
                        .forEach(
                            (where, problem) ->
                                refused.add("bpmn/" + name + ": " + where + " " + problem))));
    if (!refused.isEmpty()) {
      throw new IllegalStateException(
          "Beacon's own models break the model rules, so none is deployed: "
              + String.join("; ", refused));
    }
    byFolder.forEach(this::deploy);
  }

  private void deploy(String folder, Map<String, byte[]> models) {
    DeploymentBuilder builder =
        repositoryService
            .createDeployment()
            .name("beacon-" + folder)
            .source("beacon")
            .enableDuplicateFiltering(true);
    models.forEach(
        (name, bytes) -> builder.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    int definitions =
        deployment.getDeployedProcessDefinitions() == null
            ? 0
            : deployment.getDeployedProcessDefinitions().size();
    LOG.info(
        () ->
            "Models in bpmn/"
                + folder
                + ": "
                + models.size()
                + " file(s), "
                + definitions
                + " new process definition version(s)");
  }

  private static void collect(
      ServletContext context, String path, Map<String, Map<String, byte[]>> byFolder) {
    Set<String> entries = context.getResourcePaths(path);
    if (entries == null) {
      return;
    }
    for (String entry : entries) {
      if (entry.endsWith("/")) {
        collect(context, entry, byFolder);
      } else if (isModel(entry)) {
        String relative = entry.substring(MODELS_ROOT.length());
        int slash = relative.indexOf('/');
        String folder = slash < 0 ? "root" : relative.substring(0, slash);
        byFolder.computeIfAbsent(folder, f -> new TreeMap<>()).put(relative, read(context, entry));
      }
    }
  }

  static boolean isModel(String name) {
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn");
  }

  private static byte[] read(ServletContext context, String path) {
    try (InputStream in = context.getResourceAsStream(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read model " + path, e);
    }
  }
}
