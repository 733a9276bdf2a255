package org.beacon.incidents.infrastructure.bpm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.OutputValues;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Every action a school's sanction decision can give, read from the deployed table itself (the
 * latest version of the decision, as the business rule task evaluates it): the first output's
 * listed values (the matrix's columns, ticked by a row or not), then each rule's output text, in
 * order, each once. An output written as a string literal ({@code "Refer to Police"}) gives its
 * text; one computed by an expression cannot be listed beforehand and is offered when it is
 * recommended.
 */
final class SanctionChoices {

  private SanctionChoices() {}

  static List<String> of(RepositoryService repository, String decisionKey) {
    DecisionDefinition definition =
        repository
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(decisionKey)
            .latestVersion()
            .singleResult();
    if (definition == null) {
      throw new IllegalStateException("No decision " + decisionKey + " is deployed");
    }
    DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
    Decision decision = model.getModelElementById(decisionKey);
    Set<String> choices = new LinkedHashSet<>();
    if (decision != null
        && decision.getExpression() instanceof DecisionTable table
        && !table.getOutputs().isEmpty()) {
      Output first = table.getOutputs().iterator().next();
      OutputValues values = first.getOutputValues();
      if (values != null && values.getText() != null) {
        java.util.regex.Matcher quoted =
            java.util.regex.Pattern.compile("\"([^\"]+)\"")
                .matcher(values.getText().getTextContent());
        while (quoted.find()) {
          literal('"' + quoted.group(1) + '"').ifPresent(choices::add);
        }
      }
      for (Rule rule : table.getRules()) {
        OutputEntry entry = rule.getOutputEntries().iterator().next();
        if (entry.getText() != null) {
          literal(entry.getText().getTextContent()).ifPresent(choices::add);
        }
      }
    }
    return new ArrayList<>(choices);
  }

  private static java.util.Optional<String> literal(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      String inner = trimmed.substring(1, trimmed.length() - 1).trim();
      if (!inner.isEmpty() && !inner.contains("\"")) {
        return java.util.Optional.of(inner);
      }
    }
    return java.util.Optional.empty();
  }
}
