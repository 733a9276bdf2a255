package org.beacon.platform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.util.Set;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.junit.jupiter.api.Test;

class BenchResourceTest {

  private final BenchResource resource = new BenchResource();

  @Test
  void answersNotFoundWhileTheBenchSettingIsOffEvenToAnAdministrator() {
    resource.enabled = () -> false;
    resource.caller = new Caller("admin", Set.of(Role.ADMIN));

    assertThatThrownBy(() -> resource.processStarts(startsOfTheIncidentFlow()))
        .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(404));
  }

  @Test
  void refusesEveryoneButAdministratorsWhenOn() {
    resource.enabled = () -> true;
    resource.caller = new Caller("dsl", Set.of(Role.DSL));

    assertThatThrownBy(() -> resource.processStarts(startsOfTheIncidentFlow()))
        .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(403));
  }

  @Test
  void refusesAStartCountOutsideItsBounds() {
    resource.enabled = () -> true;
    resource.caller = new Caller("admin", Set.of(Role.ADMIN));

    assertThatThrownBy(
            () ->
                resource.processStarts(
                    Json.createObjectBuilder()
                        .add("processDefinitionKey", "P")
                        .add("count", 0)
                        .build()))
        .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(400));
  }

  @Test
  void wholeNumbersBecomeLongsAsTheIncidentFlowsIdDoes() {
    var variables =
        BenchResource.variables(
            Json.createObjectBuilder()
                .add("incidentId", 42)
                .add("reference", "BENCH-1")
                .add("immediateRisk", false)
                .add("score", 1.5)
                .build());

    assertThat(variables)
        .containsEntry("incidentId", 42L)
        .containsEntry("reference", "BENCH-1")
        .containsEntry("immediateRisk", false)
        .containsEntry("score", 1.5);
  }

  private static jakarta.json.JsonObject startsOfTheIncidentFlow() {
    return Json.createObjectBuilder()
        .add("processDefinitionKey", "IncidentResponseProcess")
        .add("count", 10)
        .add("threads", 2)
        .build();
  }
}
