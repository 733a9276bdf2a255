package org.beacon.platform.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.beacon.platform.config.BeaconSettings;

/**
 * The one check every model passes on its way into the engine, whichever way it comes: the designer
 * API, {@code /engine-rest/deployment/create}, or the models Beacon deploys at start. It runs
 * {@link ModelValidator} with the current {@link ModelRules}.
 */
@ApplicationScoped
public class ModelIntake {

  @Inject DelegateBeans beans;

  /** The current limits, read on each call so that a changed setting needs no redeploy of code. */
  public ModelRules rules() {
    return ModelRules.from(BeaconSettings.current());
  }

  /** The validator with the current rules. */
  public ModelValidator validator() {
    return new ModelValidator(rules(), beans);
  }

  /**
   * What stops one resource of a deployment: problems keyed by element id, or by the resource name
   * for the file as a whole; empty when it may be deployed.
   *
   * <p>BPMN and DMN models are checked in full. Camunda Forms ({@code .form}) are accepted as they
   * are data the browser renders, never run on the server; they are held to the size limit and must
   * be UTF-8 JSON. Any other kind of resource (CMMN, scripts, HTML, images, ...) is refused: Beacon
   * runs nothing else, and a resource nobody checked has no place in its engine.
   */
  public Map<String, String> check(String resourceName, byte[] content) {
    ModelRules rules = rules();
    Map<String, String> problems = new LinkedHashMap<>();
    Optional<ModelType> type = typeOf(resourceName);
    if (type.isPresent()) {
      Optional<String> text = utf8(content);
      if (text.isEmpty()) {
        problems.put(resourceName, "is not UTF-8 text; send models as UTF-8");
        return problems;
      }
      ModelCheck check = new ModelValidator(rules, beans).check(type.get(), text.get());
      check
          .problems()
          .forEach(
              (key, problem) ->
                  problems.merge(
                      ModelValidator.DOCUMENT.equals(key) ? resourceName : key,
                      problem,
                      (a, b) -> a + "; " + b));
      return problems;
    }
    if (isForm(resourceName)) {
      if (content.length > rules.maxBytes()) {
        problems.put(
            resourceName,
            "is "
                + content.length
                + " bytes; resources may be at most "
                + rules.maxBytes()
                + " bytes (beacon.models.max-bytes)");
      } else if (utf8(content).map(String::strip).filter(json -> json.startsWith("{")).isEmpty()) {
        problems.put(resourceName, "is not a Camunda Form: a .form is a JSON object in UTF-8");
      }
      return problems;
    }
    problems.put(
        resourceName == null || resourceName.isBlank() ? ModelValidator.DOCUMENT : resourceName,
        "is not a kind of resource Beacon deploys: only BPMN (.bpmn), DMN (.dmn) and Camunda Forms (.form)");
    return problems;
  }

  /** The kind of model a resource name stands for, by the ending the engine's deployers use. */
  public static Optional<ModelType> typeOf(String resourceName) {
    if (resourceName == null) {
      return Optional.empty();
    }
    String name = resourceName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
      return Optional.of(ModelType.BPMN);
    }
    if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
      return Optional.of(ModelType.DMN);
    }
    return Optional.empty();
  }

  static boolean isForm(String resourceName) {
    return resourceName != null && resourceName.toLowerCase(Locale.ROOT).endsWith(".form");
  }

  private static Optional<String> utf8(byte[] content) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
