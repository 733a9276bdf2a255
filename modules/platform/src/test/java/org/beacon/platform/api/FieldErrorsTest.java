package org.beacon.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One builder for the field errors of a refused request. */
class FieldErrorsTest {

  enum Status {
    OPEN,
    IN_PROGRESS
  }

  @Test
  void nothingNotedRefusesNothing() {
    assertThatCode(() -> new FieldErrors().throwIfAnyIn("report")).doesNotThrowAnyException();
  }

  @Test
  void everyNotedFieldIsRefusedInOneAnswerInTheOrderFound() {
    FieldErrors errors =
        new FieldErrors().put("occurredAt", "must not be in the future").put("type", "is required");

    BeaconProblem problem =
        catchThrowableOfType(BeaconProblem.class, () -> errors.throwIfAnyIn("report"));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.getMessage()).isEqualTo("The report has 2 invalid field(s)");
    assertThat(problem.fields().keySet()).containsExactlyInAnyOrder("occurredAt", "type");
    assertThat(errors.fields()).containsExactly("occurredAt", "type");
  }

  @Test
  void aListValueIsReadInAnyCaseWithDashes() {
    FieldErrors errors = new FieldErrors();

    assertThat(errors.enumValue("in-progress", Status.class, "status"))
        .isEqualTo(Status.IN_PROGRESS);
    assertThat(errors.enumValue(" ", Status.class, "status")).isNull();
    assertThat(errors.isEmpty()).isTrue();
    assertThat(errors.enumValue("closed", Status.class, "status")).isNull();
    assertThat(errors.asMap()).isEqualTo(Map.of("status", FieldErrors.UNKNOWN_VALUE));
  }

  @Test
  void aLookupThatFindsNothingSaysWhatIsExpected() {
    FieldErrors errors = new FieldErrors();

    Integer found =
        errors.lookup("allow", "action", t -> Optional.of(t.length()), "block or allow");
    Integer missing =
        errors.lookup("maybe", "action", t -> Optional.<Integer>empty(), "block or allow");

    assertThat(found).isEqualTo(5);
    assertThat(missing).isNull();

    assertThat(errors.asMap()).isEqualTo(Map.of("action", "must be block or allow"));
  }
}
