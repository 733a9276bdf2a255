package org.beacon.filtering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FilteringChangeRequestTest {

  private final FilteringChangeRequest request =
      new FilteringChangeRequest(
          "Toni",
          Instant.parse("2026-03-03T10:00:00Z"),
          new FilteringChangeRequest.Proposal(
              PatternType.DOMAIN,
              " Games.Example. ",
              RuleAction.BLOCK,
              " Games in lessons ",
              RuleScope.ALL_USERS,
              "ignored"),
          null,
          null);

  @Test
  void theProposerIsNeverTheSecondPersonWhateverTheCaseOfTheirName() {
    assertThatThrownBy(() -> request.approve("toni", Instant.now(), null))
        .isInstanceOf(FilteringChangeRequest.SecondPersonRequired.class)
        .hasMessageContaining("second person");
    assertThatThrownBy(() -> request.reject(" TONI ", Instant.now(), "no"))
        .isInstanceOf(FilteringChangeRequest.SecondPersonRequired.class);
    assertThat(request.status()).isEqualTo(ChangeStatus.PROPOSED);
  }

  @Test
  void anApprovedChangeIsAppliedThenVerifiedAndOnlyThenInForce() {
    assertThatThrownBy(() -> request.applied("toni", Instant.now(), "LS-1"))
        .isInstanceOf(IllegalStateException.class);
    request.approve("dana", Instant.now(), "ok");
    assertThat(request.status().inForce()).isFalse();
    assertThatThrownBy(() -> request.reject("harriet", Instant.now(), "late"))
        .isInstanceOf(IllegalStateException.class);

    request.applied("toni", Instant.now(), "LS-1");
    assertThat(request.status().inForce()).isTrue();
    request.verified("toni", Instant.now(), null);
    assertThat(request.status()).isEqualTo(ChangeStatus.VERIFIED);
  }

  @Test
  void theProposalIsStoredNormalised() {
    assertThat(request.pattern()).isEqualTo("games.example");
    assertThat(request.reason()).isEqualTo("Games in lessons");
    assertThat(request.yearGroups()).as("only for year-group scope").isNull();
  }
}
