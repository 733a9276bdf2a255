package org.beacon.filtering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.beacon.filtering.domain.FilteringChangeRequest.Proposal;
import org.beacon.filtering.domain.PatternType;
import org.beacon.platform.api.BeaconProblem;
import org.junit.jupiter.api.Test;

class ChangeProposalsTest {

  @Test
  void everyBadFieldIsNamed() {
    assertThatThrownBy(
            () ->
                ChangeProposals.check(
                    new ProposeChange("regex", "x", "deny", " ", "pupils", null, "ftp://x")))
        .isInstanceOf(BeaconProblem.class)
        .satisfies(
            e ->
                assertThat(((BeaconProblem) e).fields())
                    .containsOnlyKeys("patternType", "action", "reason", "scope", "testUrl"));
    assertThatThrownBy(
            () ->
                ChangeProposals.check(
                    new ProposeChange(
                        "domain", "http://games.example/", "block", "r", "yearGroups", "", null)))
        .isInstanceOf(BeaconProblem.class)
        .satisfies(
            e ->
                assertThat(((BeaconProblem) e).fields()).containsOnlyKeys("pattern", "yearGroups"));
  }

  @Test
  void theAddressToTestDefaultsToTheDomainsHomePage() {
    Proposal domain =
        ChangeProposals.check(
            new ProposeChange("domain", "Games.Example", "block", "r", "allUsers", null, null));
    assertThat(domain.patternType()).isEqualTo(PatternType.DOMAIN);
    assertThat(ChangeProposals.testUrl(domain, null)).isEqualTo("https://games.example/");
    assertThat(ChangeProposals.testUrl(domain, "http://games.example/x"))
        .isEqualTo("http://games.example/x");
    Proposal prefix =
        ChangeProposals.check(
            new ProposeChange(
                "urlPrefix", "https://v.example/maths/", "allow", "r", "staff", null, null));
    assertThat(ChangeProposals.testUrl(prefix, " ")).isEqualTo("https://v.example/maths/");
  }
}
