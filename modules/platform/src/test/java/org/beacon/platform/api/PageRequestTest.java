package org.beacon.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one paging rule of every list. The six copies it replaced answered a bad page in three
 * shapes: both fields named whatever was wrong (governor reports), only the first bad one (audit,
 * alerts), or each bad one (incidents, allegations, filtering, tasks). Each bad field is named now.
 */
class PageRequestTest {

  @Test
  void noParametersAskForTheFirstPageOfTheDefaultSize() {
    assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
    assertThat(PageRequest.of(3, 20).offset()).isEqualTo(60);
  }

  @Test
  void onlyTheBadFieldIsNamed() {
    BeaconProblem problem = catchThrowableOfType(BeaconProblem.class, () -> PageRequest.of(0, 201));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.getMessage()).isEqualTo("Invalid paging");
    assertThat(problem.fields())
        .containsExactlyEntriesOf(Map.of("size", "must be between 1 and 200"));
  }

  @Test
  void everyBadFieldIsNamedNotOnlyTheFirst() {
    BeaconProblem problem = catchThrowableOfType(BeaconProblem.class, () -> PageRequest.of(-1, 0));

    assertThat(problem.fields())
        .containsOnly(
            Map.entry("page", "must be 0 or more"), Map.entry("size", "must be between 1 and 200"));
  }

  @Test
  void aListWithItsOwnLimitsKeepsTheSameRule() {
    assertThat(PageRequest.of(null, null, 100, 500)).isEqualTo(new PageRequest(0, 100));
    assertThat(PageRequest.of(1, 500, 100, 500).size()).isEqualTo(500);
    BeaconProblem problem =
        catchThrowableOfType(BeaconProblem.class, () -> PageRequest.of(0, 501, 100, 500));
    assertThat(problem.fields())
        .containsExactlyEntriesOf(Map.of("size", "must be between 1 and 500"));
  }

  @Test
  void badPagingJoinsTheListsOtherBadParametersInOneAnswer() {
    FieldErrors errors = new FieldErrors().put("status", "is not a known value");

    PageRequest request = PageRequest.of(-2, null, errors);

    assertThat(request).isEqualTo(new PageRequest(0, 50));
    BeaconProblem problem =
        catchThrowableOfType(BeaconProblem.class, () -> errors.throwIfAny("Invalid list query"));
    assertThat(problem.getMessage()).isEqualTo("Invalid list query");
    assertThat(problem.fields()).containsOnlyKeys("status", "page");
  }
}
