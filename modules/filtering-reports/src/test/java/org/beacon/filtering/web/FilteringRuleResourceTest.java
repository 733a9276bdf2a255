package org.beacon.filtering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.beacon.filtering.application.FilteringRules.Rule;
import org.junit.jupiter.api.Test;

class FilteringRuleResourceTest {

  @Test
  void theCsvHasAHeaderQuotesWhatNeedsItAndDefusesFormulas() {
    Rule rule =
        new Rule(
            "FCR-2026-0001",
            "block",
            "domain",
            "games.example",
            "yearGroups",
            "Year 7, Year 8",
            "=HYPERLINK(\"x\")",
            "toni",
            Instant.parse("2026-03-03T10:00:00Z"),
            "dana",
            Instant.parse("2026-03-03T11:00:00Z"),
            "toni",
            Instant.parse("2026-03-03T12:00:00Z"),
            "LS-1",
            false,
            null,
            null,
            true);

    String csv = FilteringRuleResource.csv(List.of(rule));

    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo(String.join(",", FilteringRuleResource.CSV_COLUMNS));
    assertThat(lines[1])
        .startsWith(
            "FCR-2026-0001,block,domain,games.example,yearGroups,\"Year 7, Year 8\",\"'=HYPERLINK(\"\"x\"\")\",toni,2026-03-03T10:00:00Z,dana,")
        .endsWith(",LS-1,false,,,true");
  }
}
