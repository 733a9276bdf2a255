package org.beacon.platform.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.beacon.platform.api.RetentionSchedule;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;

/**
 * The retention schedule read from the school's decision table {@code
 * bpmn/platform/RetentionSchedule.dmn}, as deployed last (so a school's edit applies at once).
 */
@ApplicationScoped
public class DmnRetentionSchedule implements RetentionSchedule {

  /** The decision's key. */
  public static final String DECISION = "RetentionSchedule";

  private DecisionService decisions;

  protected DmnRetentionSchedule() {}

  @Inject
  public DmnRetentionSchedule(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public Optional<Rule> rule(String recordClass, String outcome) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("recordClass", recordClass);
    inputs.put("outcome", outcome);
    DmnDecisionResultEntries row =
        decisions.evaluateDecisionByKey(DECISION).variables(inputs).evaluate().getFirstResult();
    if (row == null) {
      return Optional.empty();
    }
    Object years = row.getEntry("years");
    return Optional.of(
        new Rule(
            Basis.valueOf((String) row.getEntry("basis")),
            years instanceof Number n ? n.intValue() : 0,
            (String) row.getEntry("source")));
  }
}
