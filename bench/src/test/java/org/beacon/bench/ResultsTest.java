package org.beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultsTest {

  @Test
  void csvQuotesCellsWithCommasAndMarkdownEscapesPipes() {
    Results results = new Results();
    results.context("machine", "2 cores");
    results.add(
        new Results.Row(
            "tasks",
            "p95 (ms)",
            "12.50",
            "Camunda REST",
            "10.00",
            "1.25",
            "p95 <= 50 ms",
            "met",
            "100000 tasks, 50 users"));

    assertThat(results.csv()).contains("# machine: 2 cores").contains("\"100000 tasks, 50 users\"");
    assertThat(results.markdown("t")).contains("| tasks | p95 (ms) | 12.50 |");
    assertThat(Results.csvCell("a|b")).isEqualTo("a|b");
  }

  @Test
  void percentileOfFewRunsIsANearestRank() {
    double[] runs = {0.5, 0.1, 0.3, 0.2, 0.4};
    assertThat(Bench.percentile(runs, 50)).isEqualTo(0.3);
    assertThat(Bench.percentile(runs, 95)).isEqualTo(0.5);
  }
}
