package org.beacon.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.beacon.incidents.TranscribedSanctionTable.Row;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sanction decisions encode seed 001's "Pupils - Actions / Sanctions" and "Staff - Actions /
 * Sanctions" tables tick for tick, checked against the transcriptions in {@code sanctions/*.csv}.
 */
// One instance for all cases: building a DMN engine and parsing a table cost more than the ~70
// evaluations together, and neither the engine nor a parsed decision changes once built.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SanctionDecisionsTest {

  enum SanctionTable {
    PUPILS("PupilSanctions", "sanctions/pupil-sanctions.csv", 16, 9, 99),
    STAFF("StaffSanctions", "sanctions/staff-sanctions.csv", 17, 8, 56);

    final String decisionKey;
    final String csv;
    final int incidents;
    final int actions;
    final int ticks;

    SanctionTable(String decisionKey, String csv, int incidents, int actions, int ticks) {
      this.decisionKey = decisionKey;
      this.csv = csv;
      this.incidents = incidents;
      this.actions = actions;
      this.ticks = ticks;
    }

    String model() {
      return "bpmn/incidents/" + decisionKey + ".dmn";
    }

    TranscribedSanctionTable transcription() {
      return TranscribedSanctionTable.read(csv);
    }
  }

  record Incident(SanctionTable table, Row row, Row continuedInfringements) {
    String name() {
      return table + ": " + row.incident();
    }
  }

  private final DmnEngine engine =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<SanctionTable, DmnDecision> decisions = new EnumMap<>(SanctionTable.class);

  SanctionDecisionsTest() {
    for (SanctionTable table : SanctionTable.values()) {
      decisions.put(table, parse(table));
    }
  }

  static Stream<Named<Incident>> everyIncidentOfBothTables() {
    return Stream.of(SanctionTable.values())
        .flatMap(
            table -> {
              TranscribedSanctionTable transcription = table.transcription();
              return transcription.rows().stream()
                  .map(
                      row -> {
                        var incident =
                            new Incident(table, row, transcription.continuedInfringements());
                        return Named.of(incident.name(), incident);
                      });
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyIncidentOfBothTables")
  void firstOffenceGivesExactlyTheActionsTickedInTheIncidentsRow(Incident incident) {
    List<String> actions = evaluate(incident.table(), incident.row().incident(), false);

    assertThat(actions).as(incident.name()).doesNotHaveDuplicates();
    assertThat(Set.copyOf(actions)).as(incident.name()).isEqualTo(incident.row().tickedActions());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyIncidentOfBothTables")
  void repeatOffenceAddsTheActionsTickedForContinuedInfringements(Incident incident) {
    Set<String> expected = new HashSet<>(incident.row().tickedActions());
    expected.addAll(incident.continuedInfringements().tickedActions());

    assertThat(Set.copyOf(evaluate(incident.table(), incident.row().incident(), true)))
        .as(incident.name())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(SanctionTable.class)
  void unknownIncidentOnFirstOffenceGivesNoAction(SanctionTable table) {
    assertThat(evaluate(table, "Something the seed does not list", false)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(SanctionTable.class)
  void unknownIncidentOnRepeatOffenceGivesTheContinuedInfringementsActions(SanctionTable table) {
    assertThat(Set.copyOf(evaluate(table, "Something the seed does not list", true)))
        .isEqualTo(table.transcription().continuedInfringements().tickedActions());
  }

  @ParameterizedTest
  @EnumSource(SanctionTable.class)
  void transcriptionHoldsTheWholeSeedTable(SanctionTable table) {
    TranscribedSanctionTable transcription = table.transcription();

    assertThat(transcription.rows()).hasSize(table.incidents);
    assertThat(transcription.rows()).extracting(Row::incident).doesNotHaveDuplicates();
    assertThat(transcription.actions()).hasSize(table.actions).doesNotHaveDuplicates();
    assertThat(transcription.ticks()).isEqualTo(table.ticks);
  }

  @ParameterizedTest
  @EnumSource(SanctionTable.class)
  void hasOneRulePerTickAndOneRepeatOffenceRulePerContinuedInfringementsTick(SanctionTable table) {
    TranscribedSanctionTable transcription = table.transcription();

    int repeatOffenceRules = transcription.continuedInfringements().tickedActions().size();

    assertThat(decisionTable(table).getRules()).hasSize(transcription.ticks() + repeatOffenceRules);
  }

  @ParameterizedTest
  @EnumSource(SanctionTable.class)
  void collectsTheActionsOfEveryMatchingRule(SanctionTable table) {
    DecisionTable decisionTable = decisionTable(table);

    assertThat(decisionTable.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
    assertThat(decisionTable.getAggregation()).isNull();
  }

  @Test
  void decisionsAreNamedAfterTheirFiles() {
    for (SanctionTable table : SanctionTable.values()) {
      assertThat(decisions.get(table).getKey()).isEqualTo(table.decisionKey);
    }
  }

  private List<String> evaluate(SanctionTable table, String incidentType, boolean repeatOffence) {
    return engine
        .evaluateDecisionTable(
            decisions.get(table),
            Variables.createVariables()
                .putValue("incidentType", incidentType)
                .putValue("repeatOffence", repeatOffence))
        .collectEntries("action");
  }

  private DmnDecision parse(SanctionTable table) {
    try (InputStream model = open(table)) {
      return engine.parseDecision(table.decisionKey, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DecisionTable decisionTable(SanctionTable table) {
    try (InputStream model = open(table)) {
      Decision decision = Dmn.readModelFromStream(model).getModelElementById(table.decisionKey);
      return (DecisionTable) decision.getExpression();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(SanctionTable table) {
    InputStream model =
        SanctionDecisionsTest.class.getClassLoader().getResourceAsStream(table.model());
    assertThat(model).as(table.model()).isNotNull();
    return model;
  }
}
