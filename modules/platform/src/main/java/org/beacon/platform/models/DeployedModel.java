package org.beacon.platform.models;

import java.util.List;

/**
 * A process or decision the engine holds, with every deployed version.
 *
 * @param type {@code bpmn} or {@code dmn}
 * @param key the process or decision id, the same in every version
 * @param name the latest version's name (the key when it has none)
 * @param latestVersion the highest version number
 * @param versions every version, newest first
 */
public record DeployedModel(
    String type, String key, String name, int latestVersion, List<ModelVersion> versions) {}
