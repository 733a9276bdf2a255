package org.beacon.filtering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.beacon.filtering.InMemory;
import org.beacon.filtering.domain.FilteringChangeRequest;
import org.beacon.filtering.domain.PatternType;
import org.beacon.filtering.domain.RuleAction;
import org.beacon.filtering.domain.RuleScope;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.junit.jupiter.api.Test;

class FilteringRulesTest {

  private static final Caller GOVERNOR = new Caller("gwen", Set.of(Role.GOVERNOR));

  private final InMemory store = new InMemory();
  private final FilteringRules rules = Wiring.rules(store);

  @Test
  void onlyAppliedChangesAreRulesAndALaterChangeToTheSamePatternSupersedesAnEarlierOne() {
    applied(PatternType.DOMAIN, "games.example", RuleAction.BLOCK, "2026-01-10T10:00:00Z");
    applied(PatternType.DOMAIN, "games.example", RuleAction.ALLOW, "2026-02-10T10:00:00Z");
    applied(PatternType.DOMAIN, "poker.example", RuleAction.BLOCK, "2026-02-11T10:00:00Z");
    applied(PatternType.CATEGORY, "gambling", RuleAction.BLOCK, "2026-02-12T10:00:00Z");
    proposedOnly(PatternType.DOMAIN, "chat.example");

    List<FilteringRules.Rule> all = rules.rules(GOVERNOR, null, false, "json");
    assertThat(all)
        .extracting(FilteringRules.Rule::pattern)
        .containsExactly("gambling", "poker.example", "games.example", "games.example");
    assertThat(all)
        .filteredOn(FilteringRules.Rule::current)
        .extracting(FilteringRules.Rule::pattern)
        .containsExactly("gambling", "poker.example", "games.example");
    assertThat(all.get(0).approvedBy()).isEqualTo("dana");
    assertThat(all.get(0).reason()).isEqualTo("Reason for gambling");

    assertThat(rules.domains(GOVERNOR, RuleAction.BLOCK)).containsExactly("poker.example");
    assertThat(rules.domains(GOVERNOR, RuleAction.ALLOW)).containsExactly("games.example");
  }

  @Test
  void staffWithoutARoleInFilteringMayNotReadTheRules() {
    assertThatThrownBy(
            () -> rules.rules(new Caller("sam", Set.of(Role.STAFF)), null, false, "json"))
        .isInstanceOf(BeaconProblem.class);
    assertThat(store.audit.entries).containsExactly("list filtering-rules null denied");
  }

  private void applied(PatternType type, String pattern, RuleAction action, String at) {
    FilteringChangeRequest request = proposedOnly(type, pattern, action);
    request.approve("dana", Instant.parse(at), null);
    request.applied("toni", Instant.parse(at), "LS-" + pattern);
  }

  private FilteringChangeRequest proposedOnly(PatternType type, String pattern) {
    return proposedOnly(type, pattern, RuleAction.BLOCK);
  }

  private FilteringChangeRequest proposedOnly(PatternType type, String pattern, RuleAction action) {
    return store.changes.add(
        new FilteringChangeRequest(
            "toni",
            Instant.parse("2026-01-01T00:00:00Z"),
            new FilteringChangeRequest.Proposal(
                type, pattern, action, "Reason for " + pattern, RuleScope.ALL_USERS, null),
            null,
            null));
  }
}
