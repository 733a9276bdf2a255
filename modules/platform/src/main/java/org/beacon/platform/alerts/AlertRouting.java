package org.beacon.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Who is told of what, and when: the decision table {@value #DECISION} in {@code bpmn/platform},
 * which a school may edit in the designer like any other model (event × audience → at once or in
 * the digest). A row whose delivery is neither {@code now} nor {@code digest} tells nobody.
 */
@ApplicationScoped
public class AlertRouting {

  public static final String DECISION = "AlertRouting";

  private static final Logger LOG = Logger.getLogger(AlertRouting.class.getName());

  @Inject DecisionService decisions;

  protected AlertRouting() {}

  /**
   * Routing by this engine's decision service: for work outside the container, such as a process
   * test.
   */
  public AlertRouting(DecisionService decisions) {
    this.decisions = decisions;
  }

  public List<AlertRoute> routes(String event) {
    List<AlertRoute> routes = new ArrayList<>();
    for (Map<String, Object> row :
        decisions.evaluateDecisionTableByKey(DECISION, Map.of("event", event)).getResultList()) {
      Object audience = value(row.get("audience"));
      Optional<Delivery> delivery = Delivery.fromId(value(row.get("delivery")));
      if (audience instanceof String who && !who.isBlank() && delivery.isPresent()) {
        routes.add(new AlertRoute(who.trim(), delivery.get()));
      } else {
        LOG.warning(
            () ->
                "A row of "
                    + DECISION
                    + " for '"
                    + event
                    + "' names no audience or no delivery (now, digest): "
                    + row);
      }
    }
    return routes;
  }

  private static Object value(Object output) {
    return output instanceof TypedValue typed ? typed.getValue() : output;
  }
}
