package org.beacon.platform.models;

import java.util.List;
import java.util.Map;

/**
 * What checking a model found.
 *
 * @param type the kind of model
 * @param keys the keys it deploys under: executable process ids, or decision ids
 * @param problems what stops it from being deployed: {@code xml} for the document as a whole,
 *     otherwise the id of the element at fault, with the reason
 * @param warnings what deserves a look but does not stop it, keyed the same way
 */
public record ModelCheck(
    ModelType type, List<String> keys, Map<String, String> problems, Map<String, String> warnings) {

  public ModelCheck {
    keys = List.copyOf(keys);
    problems = Map.copyOf(problems);
    warnings = Map.copyOf(warnings);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
