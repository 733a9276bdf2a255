package org.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.beacon.platform.api.BeaconProblem;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

  @Test
  void aBeaconProblemKeepsItsStatusMessageAndFields() {
    ApiError error =
        ErrorMapper.errorFor(
            BeaconProblem.invalid(
                "The form has 1 invalid field(s)", Map.of("summary", "is required")));

    assertThat(error)
        .isEqualTo(
            new ApiError(
                400,
                "Bad Request",
                "The form has 1 invalid field(s)",
                Map.of("summary", "is required")));
    assertThat(error.toJson().getJsonObject("fields").getString("summary"))
        .isEqualTo("is required");
  }

  @Test
  void aRefusalKeepsItsOwnStatus() {
    ApiError error =
        ErrorMapper.errorFor(
            BeaconProblem.conflict("This task is already claimed by someone else"));

    assertThat(error.status()).isEqualTo(409);
    assertThat(error.error()).isEqualTo("Conflict");
    assertThat(error.message()).isEqualTo("This task is already claimed by someone else");
    assertThat(error.toJson().containsKey("fields")).isFalse();
  }

  @Test
  void aConcurrentChangeInTheEngineIsAConflict() {
    ApiError error =
        ErrorMapper.errorFor(new OptimisticLockingException("ACT_RU_TASK row 42 was updated"));

    assertThat(error.status()).isEqualTo(409);
    assertThat(error.toJson().toString()).doesNotContain("ACT_RU_TASK");
  }

  @Test
  void anUnexpectedExceptionIsAPlain500ThatRevealsNothing() {
    IllegalStateException thrown =
        new IllegalStateException(
            "SELECT * FROM secret WHERE name = 'x'", new RuntimeException("caused"));

    List<LogRecord> logged = new ArrayList<>();
    ApiError error = whileCapturingTheLog(logged, () -> ErrorMapper.errorFor(thrown));
    String json = error.toJson().toString();

    assertThat(error.status()).isEqualTo(500);
    assertThat(error.message()).isEqualTo("Something went wrong on the server; it has been logged");
    assertThat(json)
        .doesNotContain("SELECT * FROM secret")
        .doesNotContain("secret")
        .doesNotContain("IllegalStateException")
        .doesNotContain("java.lang")
        .doesNotContain("caused");
    assertThat(logged)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
              assertThat(record.getThrown()).isSameAs(thrown);
            });
  }

  /** Runs {@code action} while the mapper's log goes to {@code records} instead of the console. */
  private static <T> T whileCapturingTheLog(List<LogRecord> records, Supplier<T> action) {
    Logger log = Logger.getLogger(ErrorMapper.class.getName());
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    boolean useParent = log.getUseParentHandlers();
    log.addHandler(capture);
    log.setUseParentHandlers(false);
    try {
      return action.get();
    } finally {
      log.removeHandler(capture);
      log.setUseParentHandlers(useParent);
    }
  }

  @Test
  void aDatabaseThatDoesNotAnswerIsA503NotA500() {
    var lost = new java.sql.SQLException("Connection refused", "08001");
    ApiError error = ErrorMapper.errorFor(new IllegalStateException("wrapped", lost));

    assertThat(error.status()).isEqualTo(503);
    assertThat(error.toJson().toString()).doesNotContain("refused", "08001");
  }

  @Test
  void aConstraintViolationInTheDatabaseIsStillA500() {
    var broken = new java.sql.SQLException("duplicate key", "23505");
    assertThat(ErrorMapper.errorFor(new IllegalStateException(broken)).status()).isEqualTo(500);
  }
}
