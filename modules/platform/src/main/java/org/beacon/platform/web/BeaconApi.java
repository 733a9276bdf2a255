package org.beacon.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.beacon.platform.Modules;
import org.beacon.platform.api.BeaconModule;

/**
 * Beacon's own JSON API under {@code /api}: the resources each module declares. The list is
 * explicit so that the engine's REST resources, which sit in the same WAR, stay under
 * {@code /engine-rest} only.
 */
@ApplicationPath("api")
public class BeaconApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>();
    for (BeaconModule module : Modules.all()) {
      classes.addAll(module.apiClasses());
    }
    return classes;
  }
}
