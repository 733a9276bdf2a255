package org.beacon.platform.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.repository.ResourceDefinition;

/**
 * What the engine holds: every process and decision with its versions, and each version's model.
 * The overview takes three queries whatever the number of versions: deployments, decision
 * definitions, and process definitions joined with their running instance counts.
 */
@ApplicationScoped
public class ModelCatalog {

  @Inject RepositoryService repositoryService;
  @Inject ManagementService managementService;

  public List<DeployedModel> all() {
    Map<String, Deployment> deployments =
        repositoryService.createDeploymentQuery().list().stream()
            .collect(Collectors.toMap(Deployment::getId, Function.identity()));
    Map<String, List<Version>> byModel = new TreeMap<>();
    // One grouped count over all process instances, the statistics Cockpit shows.
    for (ProcessDefinitionStatistics process :
        managementService.createProcessDefinitionStatisticsQuery().list()) {
      byModel
          .computeIfAbsent(ModelType.BPMN.id() + ":" + process.getKey(), k -> new ArrayList<>())
          .add(new Version(ModelType.BPMN, process, (long) process.getInstances()));
    }
    for (DecisionDefinition decision : repositoryService.createDecisionDefinitionQuery().list()) {
      byModel
          .computeIfAbsent(ModelType.DMN.id() + ":" + decision.getKey(), k -> new ArrayList<>())
          .add(new Version(ModelType.DMN, decision, null));
    }
    return byModel.values().stream()
        .map(versions -> model(versions, deployments))
        .sorted(
            Comparator.comparing(DeployedModel::type)
                .thenComparing(m -> m.key().toLowerCase(Locale.ROOT)))
        .toList();
  }

  /** The model of one version ({@code version} null: the latest), as deployed. */
  public Optional<byte[]> xml(ModelType type, String key, Integer version) {
    return definition(type, key, version).map(this::resourceOf);
  }

  /**
   * The latest versions of these keys, if each one's model is exactly {@code xml}: the model is
   * unchanged and deploying it again would only add a copy.
   */
  public Optional<List<DeployedDefinition>> unchanged(
      ModelType type, List<String> keys, byte[] xml) {
    List<DeployedDefinition> latest = new ArrayList<>();
    for (String key : keys) {
      Optional<ResourceDefinition> definition = definition(type, key, null);
      if (definition.isEmpty() || !Arrays.equals(resourceOf(definition.get()), xml)) {
        return Optional.empty();
      }
      latest.add(view(type, definition.get()));
    }
    return Optional.of(latest);
  }

  /** The latest versions of these keys. */
  public List<DeployedDefinition> latest(ModelType type, List<String> keys) {
    return keys.stream()
        .map(key -> definition(type, key, null).map(d -> view(type, d)))
        .flatMap(Optional::stream)
        .toList();
  }

  static DeployedDefinition view(ModelType type, ResourceDefinition definition) {
    return new DeployedDefinition(
        type.id(),
        definition.getId(),
        definition.getKey(),
        definition.getName(),
        definition.getVersion(),
        definition.getDeploymentId());
  }

  private Optional<ResourceDefinition> definition(ModelType type, String key, Integer version) {
    if (type == ModelType.BPMN) {
      ProcessDefinitionQuery query =
          repositoryService.createProcessDefinitionQuery().processDefinitionKey(key);
      query = version == null ? query.latestVersion() : query.processDefinitionVersion(version);
      return query.list().stream().findFirst().map(ResourceDefinition.class::cast);
    }
    DecisionDefinitionQuery query =
        repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key);
    query = version == null ? query.latestVersion() : query.decisionDefinitionVersion(version);
    return query.list().stream().findFirst().map(ResourceDefinition.class::cast);
  }

  private byte[] resourceOf(ResourceDefinition definition) {
    try (InputStream in =
        repositoryService.getResourceAsStream(
            definition.getDeploymentId(), definition.getResourceName())) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model of " + definition.getId(), e);
    }
  }

  private static DeployedModel model(List<Version> versions, Map<String, Deployment> deployments) {
    versions.sort(Comparator.comparingInt((Version v) -> v.definition().getVersion()).reversed());
    Version latest = versions.get(0);
    List<ModelVersion> views =
        versions.stream()
            .map(
                v -> {
                  Deployment deployment = deployments.get(v.definition().getDeploymentId());
                  return new ModelVersion(
                      v.definition().getVersion(),
                      v.definition().getId(),
                      v.definition().getDeploymentId(),
                      deployment == null ? null : deployment.getName(),
                      deployment == null ? null : deployment.getSource(),
                      deployment == null || deployment.getDeploymentTime() == null
                          ? null
                          : deployment.getDeploymentTime().toInstant(),
                      v.running());
                })
            .toList();
    String name = latest.definition().getName();
    return new DeployedModel(
        latest.type().id(),
        latest.definition().getKey(),
        name == null || name.isBlank() ? latest.definition().getKey() : name,
        latest.definition().getVersion(),
        views);
  }

  private record Version(ModelType type, ResourceDefinition definition, Long running) {}
}
