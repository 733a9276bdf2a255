package org.beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void defaultsAreTheSizesOfTheIssue() {
    Options options = Options.parse();

    assertThat(options.database()).isEqualTo(Options.Database.H2);
    assertThat(options.tasks()).isEqualTo(100_000);
    assertThat(options.historyRows()).isEqualTo(5_000_000);
    assertThat(options.incidents()).isEqualTo(1_000_000);
    assertThat(options.users()).isEqualTo(50);
    assertThat(options.scenarios()).containsExactlyElementsOf(Options.ALL_SCENARIOS);
    assertThat(options.jdbcUrl()).startsWith("jdbc:h2:file:").contains("data-h2");
  }

  @Test
  void postgresNeedsItsDatabase() {
    assertThatThrownBy(() -> Options.parse("--db", "postgres")).hasMessageContaining("--jdbc-url");

    Options options =
        Options.parse(
            "--db",
            "postgres",
            "--jdbc-url",
            "jdbc:postgresql://127.0.0.1:5432/b",
            "--tasks",
            "1_000",
            "--incidents",
            "10");

    assertThat(options.dbUser()).isEqualTo("postgres");
    assertThat(options.tasks()).isEqualTo(1_000);
    assertThat(options.incidents()).as("every open task has its incident").isEqualTo(1_000);
  }

  @Test
  void refusesUnknownScenarios() {
    assertThatThrownBy(() -> Options.parse("--scenarios", "intake,fly"))
        .hasMessageContaining("fly");
  }
}
