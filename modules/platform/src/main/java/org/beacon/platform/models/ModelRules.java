package org.beacon.platform.models;

import org.beacon.platform.config.BeaconSettings;

/**
 * The settings the designer API checks models against.
 *
 * @param maxBytes the largest model accepted, in bytes of UTF-8 ({@code beacon.models.max-bytes})
 * @param allowScripts whether scripts, Java classes, connectors and outside resources are allowed
 *     ({@code beacon.models.allow-scripts})
 */
public record ModelRules(int maxBytes, boolean allowScripts) {

  public static ModelRules from(BeaconSettings settings) {
    return new ModelRules(settings.modelsMaxBytes(), settings.modelsAllowScripts());
  }
}
