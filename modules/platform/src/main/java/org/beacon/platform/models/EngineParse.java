package org.beacon.platform.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.beacon.platform.engine.BeaconEngine;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.xml.ModelException;

/**
 * The engine's own parse of a model, run without deploying it, so that "validate" answers what
 * "deploy" would. Also turns the engine's refusals of a model into problems by element.
 */
@ApplicationScoped
public class EngineParse {

  @Inject BeaconEngine engine;

  /** What the engine would refuse in this model; empty when it would deploy it. */
  public Map<String, String> problems(ModelType type, String resourceName, byte[] xml) {
    return problems(engine.engine(), type, resourceName, xml);
  }

  static Map<String, String> problems(
      ProcessEngine engine, ModelType type, String resourceName, byte[] xml) {
    ProcessEngineConfigurationImpl config =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    // The parsers read the engine's settings from its context and touch no database: no command,
    // no transaction, and no engine error in the server log for a model with a mistake in it.
    Context.setProcessEngineConfiguration(config);
    try {
      if (type == ModelType.BPMN) {
        DeploymentEntity deployment = new DeploymentEntity();
        deployment.setName(resourceName);
        deployment.setNew(true);
        bpmnParser(config)
            .createParse()
            .sourceInputStream(new ByteArrayInputStream(xml))
            .deployment(deployment)
            .name(resourceName)
            .execute();
      } else {
        config
            .getDmnEngineConfiguration()
            .getTransformer()
            .createTransform()
            .modelInstance(new ByteArrayInputStream(xml))
            .transformDecisionRequirementsGraph();
      }
      return Map.of();
    } catch (RuntimeException refused) {
      return problemsOf(refused).orElseThrow(() -> refused);
    } finally {
      Context.removeProcessEngineConfiguration();
    }
  }

  /**
   * The problems a model-related refusal names, keyed by element id ({@code xml} for the whole
   * document); empty for any other failure (the database, say), which is not the model's fault.
   */
  static Optional<Map<String, String>> problemsOf(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ParseException parse) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ResourceReport report : parse.getResorceReports()) {
          for (Problem problem : report.getErrors()) {
            String key =
                problem.getMainElementId() == null
                    ? ModelValidator.DOCUMENT
                    : problem.getMainElementId();
            String where =
                problem.getLine() > 0
                    ? " (line " + problem.getLine() + ", column " + problem.getColumn() + ")"
                    : "";
            problems.merge(key, clean(problem.getMessage()) + where, (a, b) -> a + "; " + b);
          }
        }
        if (problems.isEmpty()) {
          problems.put(ModelValidator.DOCUMENT, clean(parse.getMessage()));
        }
        return Optional.of(problems);
      }
      if (t instanceof DmnEngineException || t instanceof ModelException) {
        return Optional.of(
            Map.of(ModelValidator.DOCUMENT, "the engine refuses it: " + clean(t.getMessage())));
      }
    }
    return Optional.empty();
  }

  private static BpmnParser bpmnParser(ProcessEngineConfigurationImpl config) {
    return config.getDeployers().stream()
        .filter(BpmnDeployer.class::isInstance)
        .map(d -> ((BpmnDeployer) d).getBpmnParser())
        .findFirst()
        .orElseThrow(() -> new ProcessEngineException("The engine has no BPMN deployer"));
  }

  /** The engine's message without its log code. */
  static String clean(String message) {
    if (message == null) {
      return "it cannot be parsed";
    }
    return message.replaceAll("\\b(ENGINE|DMN|FEEL)-\\d+\\s+", "").trim();
  }
}
