package org.beacon.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskAccessRuleTest {

  @Test
  void aRuleWithoutItsOwnPageQueryIsAskedForEachBusinessKey() {
    TaskAccessRule namedInOddCases =
        (caller, process, businessKey) -> "Case".equals(process) && businessKey.endsWith("1");
    Caller dsl = new Caller("dsl", Set.of(Role.DSL));

    assertThat(namedInOddCases.excludedBusinessKeys(dsl, "Case", List.of("C-1", "C-2", "C-11")))
        .containsExactlyInAnyOrder("C-1", "C-11");
    assertThat(namedInOddCases.excludedBusinessKeys(dsl, "Other", List.of("C-1"))).isEmpty();
  }
}
