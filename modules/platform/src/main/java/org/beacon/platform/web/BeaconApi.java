package org.beacon.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.beacon.platform.Modules;
import org.beacon.platform.api.BeaconModule;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Beacon's own JSON API under {@code /api}: the resources each module declares. The list is
 * explicit so that the engine's REST resources, which sit in the same WAR, stay under {@code
 * /engine-rest} only.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Beacon",
            version = "1",
            description =
                "A school's e-safety and safeguarding procedures as workflows. Every call is checked against"
                    + " the caller's roles and the people the case names, and recorded in the audit log."
                    + " Errors are JSON: status, error, message and, for bad input, fields."))
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
