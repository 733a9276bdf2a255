package org.beacon.platform.models;

import java.time.Instant;

/**
 * One deployed version of a model.
 *
 * @param version the engine's version number, from 1
 * @param definitionId the engine's id of this version
 * @param deploymentId the deployment it came with
 * @param deploymentName that deployment's name
 * @param deploymentSource where it came from: {@code beacon} (shipped with the application), {@code
 *     beacon-designer}, or whatever a client of the engine API said
 * @param deployedAt when it was deployed
 * @param runningInstances process instances of this version that have not ended; null for decisions
 */
public record ModelVersion(
    int version,
    String definitionId,
    String deploymentId,
    String deploymentName,
    String deploymentSource,
    Instant deployedAt,
    Long runningInstances) {}
