package org.beacon.platform.models;

/**
 * A process or decision definition a deployment holds.
 *
 * @param type {@code bpmn} or {@code dmn}
 * @param id the engine's id of this version, e.g. for starting it
 * @param key the process or decision id
 * @param name its name, if the model gives one
 * @param version its version number
 * @param deploymentId the deployment it came with
 */
public record DeployedDefinition(
    String type, String id, String key, String name, int version, String deploymentId) {}
