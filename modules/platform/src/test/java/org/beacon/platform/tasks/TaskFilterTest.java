package org.beacon.platform.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.beacon.platform.api.BeaconProblem;
import org.junit.jupiter.api.Test;

class TaskFilterTest {

  @Test
  void withoutParametersTheFirstPageOfFiftyOfAllWorkableTasksIsAskedFor() {
    TaskFilter filter = TaskFilter.of(null, null, false, null, null);

    assertThat(filter).isEqualTo(new TaskFilter(null, false, false, 0, 50));
  }

  @Test
  void assigneeMeAsksForTheCallersOwnTasks() {
    assertThat(TaskFilter.of(null, "me", false, null, null).mine()).isTrue();
  }

  @Test
  void aBlankAssigneeMeansEveryWorkableTask() {
    assertThat(TaskFilter.of(null, "  ", false, null, null).mine()).isFalse();
  }

  @Test
  void anotherPersonsTasksCannotBeAskedFor() {
    BeaconProblem problem =
        catchThrowableOfType(
            BeaconProblem.class, () -> TaskFilter.of(null, "dsl2", false, null, null));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.fields())
        .containsExactlyEntriesOf(Map.of("assignee", "only 'me' is supported"));
  }

  @Test
  void aBlankProcessKeyMeansEveryProcess() {
    assertThat(TaskFilter.of(" ", null, false, null, null).processDefinitionKey()).isNull();
    assertThat(
            TaskFilter.of("PlatformSampleProcess", null, false, null, null).processDefinitionKey())
        .isEqualTo("PlatformSampleProcess");
  }

  @Test
  void pageAndSizeAndOverdueAreKept() {
    assertThat(TaskFilter.of(null, null, true, 3, 200))
        .isEqualTo(new TaskFilter(null, false, true, 3, TaskFilter.MAX_SIZE));
    assertThat(TaskFilter.of(null, null, false, 0, 1).size()).isEqualTo(1);
  }

  @Test
  void aNegativePageAndASizeOutOfRangeAreReportedTogether() {
    BeaconProblem problem =
        catchThrowableOfType(BeaconProblem.class, () -> TaskFilter.of(null, "you", false, -1, 201));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.fields())
        .containsOnly(
            Map.entry("assignee", "only 'me' is supported"),
            Map.entry("page", "must be 0 or more"),
            Map.entry("size", "must be between 1 and 200"));
  }

  @Test
  void aSizeOfZeroIsRefused() {
    BeaconProblem problem =
        catchThrowableOfType(BeaconProblem.class, () -> TaskFilter.of(null, null, false, 0, 0));

    assertThat(problem.fields())
        .containsExactlyEntriesOf(Map.of("size", "must be between 1 and 200"));
  }

  @Test
  void aCaseReferenceNarrowsTheListToThatCase() {
    assertThat(TaskFilter.of(null, null, false, null, null, " INC-2026-0001 ").businessKey())
        .isEqualTo("INC-2026-0001");
    assertThat(TaskFilter.of(null, null, false, null, null, "").businessKey()).isNull();
  }
}
