package org.beacon.platform.models;

import java.util.List;
import java.util.Map;

/**
 * What a deploy did.
 *
 * @param created whether a new version was created; false when the model was unchanged
 * @param deploymentId the deployment holding the definitions below
 * @param id the first definition's id (the one most models have)
 * @param key the first definition's key
 * @param version the first definition's version
 * @param definitions every definition of the model, at the version now latest
 * @param warnings what deserves a look, by element id
 */
public record DeployOutcome(
    boolean created,
    String deploymentId,
    String id,
    String key,
    int version,
    List<DeployedDefinition> definitions,
    Map<String, String> warnings) {}
