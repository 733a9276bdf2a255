package org.beacon.governance.application.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

  @Test
  void oneLinePerPublishedNumberAndNoValueForASuppressedOne() {
    List<String> lines =
        ReportCsv.write(ExportFixtures.acknowledgedAutumnReport()).lines().toList();

    assertThat(lines.get(0))
        .isEqualTo(
            "report,first_day,last_day,status,module,section,measure,category,shown,value,suppressed");
    assertThat(lines)
        .contains(
            "Autumn term 2026,2026-07-23,2026-12-19,acknowledged,incidents,count,total,all,13,13,",
            "Autumn term 2026,2026-07-23,2026-12-19,acknowledged,incidents,count,byType,other,fewer than 5,,small",
            "Autumn term 2026,2026-07-23,2026-12-19,acknowledged,incidents,count,byType,Unauthorised use of online gaming / gambling sites,withheld,,secondary",
            "Autumn term 2026,2026-07-23,2026-12-19,acknowledged,incidents,timing,timeToFirstTriage,medianHours,2.3,2.3,",
            "Autumn term 2026,2026-07-23,2026-12-19,acknowledged,incidents,timing,timeToClose,medianHours,withheld,,few-cases",
            "Autumn term 2026,2026-07-23,2026-12-19,acknowledged,incidents,deadline,triageWithinOneDay,met,13,13,");
    assertThat(lines).noneMatch(l -> l.endsWith(",2,small"));
  }

  @Test
  void cellsAreQuotedWhereNeededAndNeverRunAsFormulas() {
    assertThat(ReportCsv.escape("plain")).isEqualTo("plain");
    assertThat(ReportCsv.escape("a, b")).isEqualTo("\"a, b\"");
    assertThat(ReportCsv.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ReportCsv.escape("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
    assertThat(ReportCsv.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ReportCsv.escape("-3")).as("a number stays a number").isEqualTo("-3");
  }
}
