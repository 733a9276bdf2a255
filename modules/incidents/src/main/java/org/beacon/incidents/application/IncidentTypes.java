package org.beacon.incidents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.beacon.platform.api.ModelChanges;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * The incident types a reporter chooses from: the rows of the school's sanction matrices, read from
 * the deployed {@code PupilSanctions} and {@code StaffSanctions} decisions, so a school that edits
 * its matrix changes the list with it. Plus {@link #OTHER}, described in words.
 */
@ApplicationScoped
public class IncidentTypes {

  /** The type of an incident that fits no row of the matrices. */
  public static final String OTHER = "other";

  static final List<String> DECISIONS = List.of("PupilSanctions", "StaffSanctions");
  private static final String INPUT = "incidentType";

  @Inject RepositoryService repositoryService;
  @Inject ModelChanges modelChanges;

  private final Map<String, List<String>> rowsByDefinition = new ConcurrentHashMap<>();

  /** The list as read at a count of model changes. */
  private record Known(long changes, List<String> types) {}

  private volatile Known known;

  /**
   * Every row label of the latest matrices, pupils' first, without duplicates, then "other". Kept
   * until a deployment changes the models, so reporting an incident asks the engine nothing here.
   */
  public List<String> all() {
    long changes = modelChanges.count();
    Known kept = known;
    if (kept != null && kept.changes() == changes) {
      return kept.types();
    }
    List<String> types = read();
    if (modelChanges.count() == changes) {
      known = new Known(changes, types);
    }
    return types;
  }

  private List<String> read() {
    Set<String> types = new LinkedHashSet<>();
    for (String key : DECISIONS) {
      latest(key)
          .ifPresent(
              d -> types.addAll(rowsByDefinition.computeIfAbsent(d.getId(), this::rowLabels)));
    }
    types.add(OTHER);
    return List.copyOf(types);
  }

  /** The known type matching this text once whitespace is normalised, if any. */
  public Optional<String> match(String text) {
    String wanted = normalise(text);
    return all().stream().filter(t -> t.equals(wanted)).findFirst();
  }

  static String normalise(String text) {
    return text == null ? "" : text.trim().replaceAll("\\s+", " ");
  }

  private Optional<DecisionDefinition> latest(String key) {
    return Optional.ofNullable(
        repositoryService
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(key)
            .latestVersion()
            .singleResult());
  }

  private List<String> rowLabels(String decisionDefinitionId) {
    DmnModelInstance model = repositoryService.getDmnModelInstance(decisionDefinitionId);
    List<String> labels = new ArrayList<>();
    for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
      List<Input> inputs = new ArrayList<>(table.getInputs());
      int column = -1;
      for (int i = 0; i < inputs.size(); i++) {
        var expression = inputs.get(i).getInputExpression();
        if (expression != null
            && expression.getText() != null
            && INPUT.equals(expression.getText().getTextContent().trim())) {
          column = i;
        }
      }
      if (column < 0) {
        continue;
      }
      for (Rule rule : table.getRules()) {
        Collection<InputEntry> entries = rule.getInputEntries();
        String entry = new ArrayList<>(entries).get(column).getTextContent().trim();
        if (entry.length() >= 2 && entry.startsWith("\"") && entry.endsWith("\"")) {
          String label = normalise(entry.substring(1, entry.length() - 1));
          if (!labels.contains(label)) {
            labels.add(label);
          }
        }
      }
    }
    return List.copyOf(labels);
  }
}
