package org.beacon.governance.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.beacon.platform.api.CaseStatistics.Count;
import org.beacon.platform.api.CaseStatistics.Deadline;
import org.beacon.platform.api.CaseStatistics.Figures;
import org.beacon.platform.api.CaseStatistics.Timing;
import org.junit.jupiter.api.Test;

class AnonymisationTest {

  @Test
  void countsFromOneToFourAreShownAsFewerThanFiveAndOthersAsTheyAre() {
    assertThat(Anonymisation.primary("a", 0)).isEqualTo(new Cell("a", 0L, "0", Suppression.NONE));
    for (long small = 1; small <= 4; small++) {
      assertThat(Anonymisation.primary("a", small))
          .isEqualTo(new Cell("a", null, "fewer than 5", Suppression.SMALL));
    }
    assertThat(Anonymisation.primary("a", 5)).isEqualTo(new Cell("a", 5L, "5", Suppression.NONE));
    assertThat(Anonymisation.primary("a", 1234))
        .isEqualTo(new Cell("a", 1234L, "1234", Suppression.NONE));
    assertThatThrownBy(() -> Anonymisation.primary("a", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneSmallCellInABreakdownOfTheTotalWithholdsTheNextSmallestToo() {
    ModuleFigures figures =
        publish(
            total(13),
            count("byType", "Sites", 6),
            count("byType", "Games", 5),
            count("byType", "other", 2));

    assertThat(group(figures, "byType").cells())
        .containsExactly(
            new Cell("Games", null, "withheld", Suppression.SECONDARY),
            new Cell("other", null, "fewer than 5", Suppression.SMALL),
            new Cell("Sites", 6L, "6", Suppression.NONE));
    assertThat(figures.total()).isEqualTo(new Cell("all", 13L, "13", Suppression.NONE));
  }

  @Test
  void aBreakdownThatIsNotOfTheTotalNeedsNoSecondarySuppression() {
    // Actions: an incident may have several, so they do not add up to the total.
    ModuleFigures figures =
        publish(
            total(13),
            count("byActionTaken", "Warning", 9),
            count("byActionTaken", "Inform parents / carers", 2));

    assertThat(group(figures, "byActionTaken").cells())
        .extracting(Cell::shown)
        .containsExactly("fewer than 5", "9");
  }

  @Test
  void twoSmallCellsThatCannotBeToldApartNeedNothingMore() {
    ModuleFigures figures =
        publish(total(15), count("m", "a", 10), count("m", "b", 3), count("m", "c", 2));

    assertThat(group(figures, "m").cells())
        .extracting(Cell::shown)
        .containsExactly("10", "fewer than 5", "fewer than 5");
  }

  @Test
  void twoSmallCellsThatAddUpToTwoGiveThemselvesAwaySoTheNextIsWithheld() {
    // 12 - 10 = 2 = 1 + 1: both would be known to be 1.
    ModuleFigures figures =
        publish(total(12), count("m", "a", 10), count("m", "b", 1), count("m", "c", 1));

    assertThat(group(figures, "m").cells())
        .extracting(Cell::shown)
        .containsExactly("withheld", "fewer than 5", "fewer than 5");
  }

  @Test
  void aBreakdownThatCannotBeProtectedCellByCellIsWithheldWhole() {
    // 7 = 5 + 1 + 1: even with the 5 withheld, "at least 5" and two "1 to 4" making 7 are 5, 1, 1.
    ModuleFigures figures =
        publish(total(7), count("m", "a", 5), count("m", "b", 1), count("m", "c", 1));

    CountGroup m = group(figures, "m");
    assertThat(m.withheld()).isTrue();
    assertThat(m.cells()).isEmpty();
  }

  @Test
  void aSmallTotalIsShownAsFewerThanFiveAndItsBreakdownToo() {
    ModuleFigures three = publish(total(3), count("m", "a", 3));
    assertThat(three.total().shown()).isEqualTo("fewer than 5");
    assertThat(group(three, "m").cells()).extracting(Cell::shown).containsExactly("fewer than 5");

    // At most 4 in all and four categories of at least 1: each is 1.
    ModuleFigures four =
        publish(
            total(4),
            count("m", "a", 1),
            count("m", "b", 1),
            count("m", "c", 1),
            count("m", "d", 1));
    assertThat(group(four, "m").withheld()).isTrue();
  }

  @Test
  void zerosAreShownAndNeverWithheldInsteadOfARealCell() {
    ModuleFigures figures =
        publish(total(9), count("m", "none", 0), count("m", "a", 7), count("m", "b", 2));

    assertThat(group(figures, "m").cells())
        .extracting(Cell::shown)
        .containsExactly("withheld", "fewer than 5", "0");
  }

  @Test
  void categoriesAreListedAlphabeticallyWhateverTheirSize() {
    ModuleFigures figures =
        publish(total(30), count("m", "zeta", 20), count("m", "Alpha", 4), count("m", "beta", 6));

    assertThat(group(figures, "m").cells())
        .extracting(Cell::category)
        .containsExactly("Alpha", "beta", "zeta");
  }

  @Test
  void timingsOfFewerThanFiveCasesAreWithheld() {
    Figures exact =
        new Figures(
            "incidents",
            List.of(total(20)),
            List.of(
                new Timing("timeToFirstTriage", 4, 2.0, 3.0),
                new Timing("timeToClose", 5, 30.04, 99.96),
                new Timing("timeToReview", 0, null, null)),
            List.of());

    List<TimingFigure> timings = Anonymisation.publish(exact).timings();

    assertThat(timings)
        .containsExactly(
            new TimingFigure(
                "timeToFirstTriage",
                new Cell("cases", null, "fewer than 5", Suppression.SMALL),
                null,
                null,
                true),
            new TimingFigure(
                "timeToClose", new Cell("cases", 5L, "5", Suppression.NONE), 30.0, 100.0, false),
            new TimingFigure(
                "timeToReview", new Cell("cases", 0L, "0", Suppression.NONE), null, null, false));
  }

  @Test
  void aDeadlineIsABreakdownOfTheTotalLikeAnyOther() {
    Figures exact =
        new Figures(
            "incidents",
            List.of(total(20)),
            List.of(),
            List.of(new Deadline("triageWithinOneDay", 17, 3, 0)));

    DeadlineFigure deadline = Anonymisation.publish(exact).deadlines().get(0);

    assertThat(deadline.met().shown()).isEqualTo("withheld");
    assertThat(deadline.missed().shown()).isEqualTo("fewer than 5");
    assertThat(deadline.open().shown()).isEqualTo("0");
  }

  @Test
  void aBreakdownOfASubTotalIsProtectedAgainstThatSubTotal() {
    // Filtering publishes no "total" but "reports" (all) and the reports by kind.
    ModuleFigures figures =
        Anonymisation.publish(
            new Figures(
                "filtering",
                List.of(
                    new Count("reports", "all", 9),
                    new Count("reportsByKind", "unsuitable-site", 7),
                    new Count("reportsByKind", "filter-breach", 2),
                    new Count("changeRequests", "all", 4)),
                List.of(),
                List.of()));

    assertThat(figures.total()).isNull();
    assertThat(group(figures, "reports").cells()).extracting(Cell::shown).containsExactly("9");
    assertThat(group(figures, "reportsByKind").cells())
        .extracting(Cell::shown)
        .containsExactly("fewer than 5", "withheld");
    assertThat(group(figures, "changeRequests").cells())
        .extracting(Cell::shown)
        .containsExactly("fewer than 5");
  }

  @Test
  void aModuleWithoutATotalOnlyHasItsSmallNumbersSuppressed() {
    ModuleFigures figures = publish(count("m", "a", 6), count("m", "b", 1));

    assertThat(figures.total()).isNull();
    assertThat(group(figures, "m").cells())
        .extracting(Cell::shown)
        .containsExactly("6", "fewer than 5");
  }

  /**
   * The rule's promise, checked by brute force: for thousands of random breakdowns of their total,
   * every value a reader could still believe for each suppressed cell is listed, and there are
   * always at least two.
   */
  @Test
  void noSuppressedCellOfARandomBreakdownCanBeWorkedOut() {
    Random random = new Random(20261123L);
    for (int round = 0; round < 5000; round++) {
      int size = 1 + random.nextInt(4);
      List<Count> counts = new ArrayList<>();
      long sum = 0;
      for (int i = 0; i < size; i++) {
        long value = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(14);
        counts.add(count("m", "c" + i, value));
        sum += value;
      }
      List<Count> all = new ArrayList<>(counts);
      all.add(total(sum));
      ModuleFigures figures = Anonymisation.publish(new Figures("x", all, List.of(), List.of()));
      CountGroup group = group(figures, "m");
      if (group.withheld()) {
        continue;
      }
      assertThat(possibleValuesOfEachSuppressedCell(figures.total(), group.cells()))
          .as("round %d: %s of total %d published as %s", round, counts, sum, group.cells())
          .allSatisfy(values -> assertThat(values).hasSizeGreaterThanOrEqualTo(2));
    }
  }

  /**
   * What a reader can believe: each "fewer than 5" is 1-4, each "withheld" 5 or more, and all add
   * up.
   */
  private static List<Set<Long>> possibleValuesOfEachSuppressedCell(Cell total, List<Cell> cells) {
    long maxTotal = total.value() == null ? 4 : total.value();
    long minTotal = total.value() == null ? 1 : total.value();
    long shown = cells.stream().filter(c -> c.value() != null).mapToLong(Cell::value).sum();
    List<Cell> hidden = cells.stream().filter(Cell::suppressed).toList();
    List<Set<Long>> possible = new ArrayList<>();
    hidden.forEach(h -> possible.add(new HashSet<>()));
    enumerate(hidden, 0, new long[hidden.size()], shown, minTotal, maxTotal, possible);
    return possible;
  }

  private static void enumerate(
      List<Cell> hidden,
      int index,
      long[] chosen,
      long sum,
      long minTotal,
      long maxTotal,
      List<Set<Long>> possible) {
    if (sum > maxTotal) {
      return;
    }
    if (index == hidden.size()) {
      if (sum >= minTotal) {
        for (int i = 0; i < chosen.length; i++) {
          possible.get(i).add(chosen[i]);
        }
      }
      return;
    }
    boolean small = hidden.get(index).suppression() == Suppression.SMALL;
    for (long value = small ? 1 : 5;
        value <= (small ? 4 : maxTotal) && sum + value <= maxTotal;
        value++) {
      chosen[index] = value;
      enumerate(hidden, index + 1, chosen, sum + value, minTotal, maxTotal, possible);
    }
  }

  private static ModuleFigures publish(Count... counts) {
    return Anonymisation.publish(new Figures("incidents", List.of(counts), List.of(), List.of()));
  }

  private static Count total(long value) {
    return new Count("total", "all", value);
  }

  private static Count count(String measure, String category, long value) {
    return new Count(measure, category, value);
  }

  private static CountGroup group(ModuleFigures figures, String measure) {
    return figures.counts().stream()
        .filter(g -> g.measure().equals(measure))
        .findFirst()
        .orElseThrow();
  }
}
