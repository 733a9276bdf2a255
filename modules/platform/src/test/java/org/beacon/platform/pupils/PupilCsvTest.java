package org.beacon.platform.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.beacon.platform.csv.CsvFile;
import org.junit.jupiter.api.Test;

class PupilCsvTest {

  private static List<PupilCsv.Row> parse(String csv) {
    return PupilCsv.parse(csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheColumnsByTheirHeadingsInAnyOrderWithLineNumbers() {
    List<PupilCsv.Row> rows =
        parse(
            "\uFEFFYear group,Date of birth,Pupil reference,Leaving date\n8,2012-10-01,P-0042,\n\n7,01/09/2013,P-0043,2026-07-22\n");
    assertThat(rows)
        .containsExactly(
            new PupilCsv.Row(2, "P-0042", "8", "2012-10-01", ""),
            new PupilCsv.Row(4, "P-0043", "7", "01/09/2013", "2026-07-22"));
  }

  @Test
  void readsCommonMisHeadingsAndLeavesTheLeavingDateAloneWhenTheFileHasNone() {
    List<PupilCsv.Row> rows = parse("UPN,NC Year,DOB\nA123456789012,R,2021-03-04\n");
    assertThat(rows).containsExactly(new PupilCsv.Row(2, "A123456789012", "R", "2021-03-04", null));
  }

  @Test
  void refusesAFileWithAPupilNameColumnBeforeReadingAnyRow() {
    assertThatThrownBy(
            () -> parse("reference,yearGroup,dateOfBirth,Surname\nP-1,8,2012-10-01,Smith\n"))
        .isInstanceOfSatisfying(
            CsvFile.Unreadable.class,
            e ->
                assertThat(e.problems().get("header"))
                    .contains("Surname")
                    .contains("no pupil names"));
  }

  @Test
  void namesAMissingColumnARaggedRowAndAFileThatIsNotUtf8() {
    assertThatThrownBy(() -> parse("reference,yearGroup\nP-1,8\n"))
        .isInstanceOfSatisfying(
            CsvFile.Unreadable.class,
            e -> assertThat(e.problems().get("header")).contains("dateofbirth"));
    assertThatThrownBy(() -> parse("reference,yearGroup,dateOfBirth\nP-1,8,2012-10-01\nP-2,8\n"))
        .isInstanceOfSatisfying(
            CsvFile.Unreadable.class, e -> assertThat(e.problems()).containsOnlyKeys("line 3"));
    assertThatThrownBy(() -> PupilCsv.parse(new byte[] {'r', 'e', 'f', (byte) 0xff, '\n'}))
        .isInstanceOfSatisfying(
            CsvFile.Unreadable.class, e -> assertThat(e.problems()).containsKey("file"));
  }
}
