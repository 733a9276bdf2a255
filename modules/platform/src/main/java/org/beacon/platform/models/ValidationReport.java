package org.beacon.platform.models;

import java.util.List;
import java.util.Map;

/**
 * The answer to a model that passed every check (one that fails is answered with 400).
 *
 * @param valid always true here
 * @param type {@code bpmn} or {@code dmn}
 * @param keys the keys it would deploy under
 * @param warnings what deserves a look but does not stop it, by element id
 */
public record ValidationReport(
    boolean valid, String type, List<String> keys, Map<String, String> warnings) {}
