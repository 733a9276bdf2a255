package org.beacon.governance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.beacon.governance.domain.figures.Cell;
import org.beacon.governance.domain.figures.ModuleFigures;
import org.beacon.governance.domain.figures.PublishedFigures;
import org.beacon.platform.api.CaseStatistics;
import org.beacon.platform.api.CaseStatistics.Count;
import org.beacon.platform.api.CaseStatistics.Deadline;
import org.beacon.platform.api.CaseStatistics.Figures;
import org.beacon.platform.api.CaseStatistics.Period;
import org.beacon.platform.api.CaseStatistics.Timing;
import org.junit.jupiter.api.Test;

/** Gathering every module's figures: whatever providers exist, each asked once, each anonymised. */
class StatisticsGatheringTest {

  private static final Period TERM =
      new Period(Instant.parse("2026-09-01T00:00:00Z"), Instant.parse("2026-12-19T00:00:00Z"));

  @Test
  void everyProviderIsAskedForThePeriodAndModulesComeInAlphabeticalOrder() {
    Provider incidents =
        new Provider(
            "incidents", List.of(new Count("total", "all", 12), new Count("byType", "other", 12)));
    Provider allegations = new Provider("allegations", List.of(new Count("total", "all", 2)));

    PublishedFigures figures = StatisticsGathering.publish(List.of(incidents, allegations), TERM);

    assertThat(figures.modules())
        .extracting(ModuleFigures::module)
        .containsExactly("allegations", "incidents");
    assertThat(incidents.asked).containsExactly(TERM);
    assertThat(allegations.asked).containsExactly(TERM);
    assertThat(figures.modules().get(0).total().shown()).isEqualTo("fewer than 5");
    assertThat(figures.modules().get(1).total().value()).isEqualTo(12L);
  }

  @Test
  void withNoProviderThereAreNoModulesRatherThanAnError() {
    assertThat(StatisticsGathering.publish(List.of(), TERM).modules()).isEmpty();
  }

  @Test
  void eachProvidersFiguresAreAnonymisedOnTheirOwn() {
    Provider incidents =
        new Provider(
            "incidents",
            List.of(
                new Count("total", "all", 9),
                new Count("byType", "Sites", 7),
                new Count("byType", "other", 2)),
            List.of(new Timing("timeToClose", 3, 10.0, 20.0)),
            List.of(new Deadline("triageWithinOneDay", 9, 0, 0)));

    ModuleFigures published =
        StatisticsGathering.publish(List.of(incidents), TERM).modules().get(0);

    assertThat(published.counts().get(0).cells())
        .extracting(Cell::shown)
        .containsExactly("fewer than 5", "withheld");
    assertThat(published.timings().get(0).withheld()).isTrue();
    assertThat(published.deadlines().get(0).met().value()).isEqualTo(9L);
  }

  @Test
  void twoProvidersClaimingOneModuleIsAnError() {
    assertThatThrownBy(
            () ->
                StatisticsGathering.publish(
                    List.of(
                        new Provider("incidents", List.of()), new Provider("incidents", List.of())),
                    TERM))
        .hasMessageContaining("incidents");
  }

  @Test
  void figuresUnderAnotherModulesNameAreRefused() {
    CaseStatistics liar =
        new CaseStatistics() {
          @Override
          public String module() {
            return "filtering";
          }

          @Override
          public Figures figures(Period period) {
            return new Figures("incidents", List.of(), List.of(), List.of());
          }
        };

    assertThatThrownBy(() -> StatisticsGathering.publish(List.of(liar), TERM))
        .hasMessageContaining("filtering");
  }

  private static final class Provider implements CaseStatistics {
    final String module;
    final List<Count> counts;
    final List<Timing> timings;
    final List<Deadline> deadlines;
    final List<Period> asked = new ArrayList<>();

    Provider(String module, List<Count> counts) {
      this(module, counts, List.of(), List.of());
    }

    Provider(String module, List<Count> counts, List<Timing> timings, List<Deadline> deadlines) {
      this.module = module;
      this.counts = counts;
      this.timings = timings;
      this.deadlines = deadlines;
    }

    @Override
    public String module() {
      return module;
    }

    @Override
    public Figures figures(Period period) {
      asked.add(period);
      return new Figures(module, counts, timings, deadlines);
    }
  }
}
