package org.beacon.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * Camunda's own REST API at {@code /engine-rest}, for administrators (the Camunda Modeler deploys
 * through it). {@link EngineRestGuard} lets only the {@code admin} role in.
 */
@ApplicationPath("engine-rest")
public class EngineRestApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(CamundaRestResources.getResourceClasses());
    classes.addAll(CamundaRestResources.getConfigurationClasses());
    return classes;
  }

  @Override
  public Map<String, Object> getProperties() {
    // Camunda's resources expect Jackson; the server's JSON-B and MOXy would take over otherwise.
    return Map.of("jersey.config.disableJsonBinding", true, "jersey.config.disableMoxyJson", true);
  }
}
