package org.beacon.platform.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;

/**
 * The models administrators design in the browser: the list of what is deployed, each version's
 * XML, and checking and deploying a new version without a release. Administrators only; every call
 * is audited, refusals included.
 */
@ApplicationScoped
public class ModelLibrary {

  /** The deployment source of every version deployed through the designer API. */
  public static final String SOURCE = "beacon-designer";

  static final String RESOURCE = "model";

  @Inject ModelCatalog catalog;
  @Inject EngineParse engineParse;
  @Inject ModelIntake intake;
  @Inject RepositoryService repositoryService;
  @Inject AuditLog audit;

  /** The current limits: the ones {@link ModelIntake} holds every path into the engine to. */
  public ModelRules rules() {
    return intake.rules();
  }

  public List<DeployedModel> list(Caller caller) {
    requireAdmin(caller, "list", null);
    List<DeployedModel> models = catalog.all();
    audit.allowed("list", RESOURCE, null, models.size() + " model(s)");
    return models;
  }

  /** One version's model; {@code version} is a number or {@code latest}. */
  public byte[] xml(Caller caller, String type, String key, String version) {
    String target = type + "/" + key + "/" + version;
    requireAdmin(caller, "read", target);
    Optional<ModelType> modelType = ModelType.fromId(type);
    Integer number = "latest".equals(version) ? null : positive(version);
    if (modelType.isEmpty() || (number == null && !"latest".equals(version))) {
      throw refused(
          "read",
          target,
          BeaconProblem.notFound(
              "No such model: the address is /api/models/{bpmn|dmn}/{key}/versions/{number|latest}/xml"));
    }
    byte[] xml =
        catalog
            .xml(modelType.get(), key, number)
            .orElseThrow(
                () -> refused("read", target, BeaconProblem.notFound("No such model version")));
    audit.allowed("read", RESOURCE, target);
    return xml;
  }

  /**
   * Runs every check deploy would, the engine's own parse included, without deploying.
   *
   * @throws BeaconProblem 400 naming each problem
   */
  public ValidationReport validate(Caller caller, ModelSubmission submission) {
    requireAdmin(caller, "validate", submission.deploymentName());
    ModelCheck check = check(submission);
    Map<String, String> problems = new LinkedHashMap<>(check.problems());
    if (problems.isEmpty()) {
      problems.putAll(
          engineParse.problems(
              check.type(),
              resourceName(check),
              submission.xml().getBytes(StandardCharsets.UTF_8)));
    }
    if (!problems.isEmpty()) {
      audit.allowed(
          "validate", RESOURCE, submission.deploymentName(), problems.size() + " problem(s)");
      throw invalid(problems);
    }
    audit.allowed(
        "validate",
        RESOURCE,
        submission.deploymentName(),
        "valid: " + String.join(", ", check.keys()));
    return new ValidationReport(true, check.type().id(), check.keys(), check.warnings());
  }

  /**
   * Deploys the model as a new version of its keys, after every check. Duplicate filtering: a model
   * identical to the latest version of each of its keys creates no version.
   *
   * @throws BeaconProblem 400 naming each problem, the engine's refusals included
   */
  public DeployOutcome deploy(Caller caller, ModelSubmission submission) {
    String name = submission.deploymentName();
    requireAdmin(caller, "deploy", name);
    ModelCheck check = check(submission);
    if (!check.valid()) {
      audit.denied("deploy", RESOURCE, name, check.problems().size() + " problem(s)");
      throw invalid(check.problems());
    }
    ModelType type = check.type();
    byte[] xml = submission.xml().getBytes(StandardCharsets.UTF_8);
    String keys = String.join(",", check.keys());

    Optional<List<DeployedDefinition>> unchanged = catalog.unchanged(type, check.keys(), xml);
    if (unchanged.isPresent()) {
      audit.allowed("deploy", RESOURCE, keys, "unchanged; no new version");
      return outcome(false, null, unchanged.get(), check);
    }
    DeploymentWithDefinitions deployment;
    try {
      deployment = deploy(name, resourceName(check), xml);
    } catch (RuntimeException e) {
      Map<String, String> problems = EngineParse.problemsOf(e).orElseThrow(() -> e);
      audit.denied(
          "deploy", RESOURCE, name, "the engine refused it: " + problems.size() + " problem(s)");
      throw invalid(problems);
    }
    List<DeployedDefinition> created = definitions(type, deployment);
    audit.allowed(
        "deploy",
        RESOURCE,
        keys,
        "deployment "
            + deployment.getId()
            + ", version "
            + (created.isEmpty() ? "?" : created.get(0).version()));
    return outcome(true, deployment.getId(), created, check);
  }

  private ModelCheck check(ModelSubmission submission) {
    Map<String, String> envelope = submission.envelopeProblems();
    if (!envelope.isEmpty()) {
      return new ModelCheck(
          submission.modelType().orElse(ModelType.BPMN), List.of(), envelope, Map.of());
    }
    return intake.validator().check(submission.modelType().orElseThrow(), submission.xml());
  }

  /**
   * Duplicates are filtered above, against the latest version of each key. The engine's own filter
   * compares with the last deployment of the same name instead: it would create a copy of a model
   * deployed under a new name, and refuse to make an earlier model the latest again.
   */
  private DeploymentWithDefinitions deploy(String name, String resourceName, byte[] xml) {
    return repositoryService
        .createDeployment()
        .name(name)
        .source(SOURCE)
        .addInputStream(resourceName, new ByteArrayInputStream(xml))
        .deployWithResult();
  }

  /** Named after the model's first key, so that duplicate filtering compares like with like. */
  private static String resourceName(ModelCheck check) {
    return check.keys().get(0) + check.type().extension();
  }

  private static List<DeployedDefinition> definitions(
      ModelType type, DeploymentWithDefinitions deployment) {
    List<DeployedDefinition> definitions = new ArrayList<>();
    if (type == ModelType.BPMN && deployment.getDeployedProcessDefinitions() != null) {
      deployment
          .getDeployedProcessDefinitions()
          .forEach(d -> definitions.add(ModelCatalog.view(type, d)));
    }
    if (type == ModelType.DMN && deployment.getDeployedDecisionDefinitions() != null) {
      deployment
          .getDeployedDecisionDefinitions()
          .forEach(d -> definitions.add(ModelCatalog.view(type, d)));
    }
    return definitions;
  }

  private DeployOutcome outcome(
      boolean created,
      String deploymentId,
      List<DeployedDefinition> definitions,
      ModelCheck check) {
    List<DeployedDefinition> current =
        definitions.isEmpty() ? catalog.latest(check.type(), check.keys()) : definitions;
    DeployedDefinition first = current.isEmpty() ? null : current.get(0);
    return new DeployOutcome(
        created,
        deploymentId != null ? deploymentId : first == null ? null : first.deploymentId(),
        first == null ? null : first.id(),
        first == null ? null : first.key(),
        first == null ? 0 : first.version(),
        current,
        check.warnings());
  }

  /**
   * @throws BeaconProblem 403, audited, unless the caller is an administrator
   */
  void requireAdmin(Caller caller, String action, String target) {
    if (!caller.has(Role.ADMIN)) {
      throw refused(
          action,
          target,
          BeaconProblem.forbidden("Designing and deploying models is for administrators"));
    }
  }

  private BeaconProblem refused(String action, String target, BeaconProblem problem) {
    audit.denied(action, RESOURCE, target, problem.getMessage());
    return problem;
  }

  private static BeaconProblem invalid(Map<String, String> problems) {
    return BeaconProblem.invalid(
        "The model has " + problems.size() + " problem(s): " + String.join("; ", summary(problems)),
        problems);
  }

  private static List<String> summary(Map<String, String> problems) {
    return problems.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
  }

  private static Integer positive(String text) {
    try {
      int number = Integer.parseInt(text);
      return number > 0 ? number : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
