package org.beacon.platform.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.csv.CsvFile;
import org.junit.jupiter.api.Test;

class PupilImportTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final String HEADER = "reference,yearGroup,dateOfBirth,leavingDate\n";

  private static final List<Pupil> REGISTER =
      List.of(
          new Pupil("P-0042", "Year 8", LocalDate.of(2013, 10, 1), null),
          new Pupil("P-0043", "Year 7", LocalDate.of(2014, 9, 1), null),
          new Pupil("P-0050", "Year 9", LocalDate.of(2012, 1, 5), null),
          new Pupil("P-0001", "Year 11", LocalDate.of(2009, 5, 5), LocalDate.of(2025, 7, 22)));

  private static PupilImport.Plan plan(String csv, List<Pupil> register) {
    return PupilImport.plan(PupilCsv.parse(csv.getBytes(StandardCharsets.UTF_8)), register, TODAY);
  }

  @Test
  void sortsTheFileIntoAddedChangedUnchangedAndMissing() {
    PupilImport.Plan plan =
        plan(
            HEADER
                + "P-0042,Year 8,2013-10-01,\n"
                + "p-0043, Y8 ,01/09/2014,\n"
                + "A123456789012,R,2021-03-04,\n",
            REGISTER);
    assertThat(plan.added())
        .containsExactly(new Pupil("A123456789012", "Reception", LocalDate.of(2021, 3, 4), null));
    assertThat(plan.changed())
        .singleElement()
        .satisfies(
            c -> {
              // The reference keeps the case it was first registered with.
              assertThat(c.after())
                  .isEqualTo(new Pupil("P-0043", "Year 8", LocalDate.of(2014, 9, 1), null));
              assertThat(c.fields()).containsExactly("yearGroup");
            });
    assertThat(plan.unchanged()).containsExactly("P-0042");
    // Reported, never removed; a pupil who has already left is not reported again.
    assertThat(plan.missing()).containsExactly("P-0050");
  }

  @Test
  void theSameFileTwiceChangesNothing() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 30; i++) {
      csv.append("N-")
          .append(i)
          .append(',')
          .append(1 + i % 13)
          .append(",2015-0")
          .append(1 + i % 9)
          .append("-1")
          .append(i % 10)
          .append(',')
          .append(i == 3 ? "2027-07-21" : "")
          .append('\n');
    }
    PupilImport.Plan first = plan(csv.toString(), List.of());
    assertThat(first.added()).hasSize(30);
    List<Pupil> after = new ArrayList<>(first.added());
    PupilImport.Plan second = plan(csv.toString(), after);
    assertThat(second.added()).isEmpty();
    assertThat(second.changed()).isEmpty();
    assertThat(second.unchanged()).hasSize(30);
    assertThat(second.missing()).isEmpty();
  }

  @Test
  void aLeavingDateSetAndClearedIsAChangeAndAFileWithoutTheColumnKeepsIt() {
    List<Pupil> left =
        List.of(
            new Pupil("P-0001", "Year 11", LocalDate.of(2009, 5, 5), LocalDate.of(2025, 7, 22)));
    assertThat(plan(HEADER + "P-0001,11,2009-05-05,\n", left).changed().get(0).fields())
        .containsExactly("leavingDate");
    assertThat(plan("reference,yearGroup,dateOfBirth\nP-0001,11,2009-05-05\n", left).unchanged())
        .containsExactly("P-0001");
    PupilImport.Plan leaving = plan(HEADER + "P-0042,8,2013-10-01,22/07/2027\n", REGISTER);
    assertThat(leaving.changed().get(0).after().leavingDate()).isEqualTo(LocalDate.of(2027, 7, 22));
    // Leaving next summer is still on roll today.
    assertThat(leaving.changed().get(0).after().leftBy(TODAY)).isFalse();
  }

  @Test
  void everyBadRowIsNamedByItsLineAndNothingIsPlanned() {
    String csv =
        HEADER
            + "P-0100,8,2013-10-01,\n" // good: not planned either
            + ",8,2013-10-01,\n" // line 3: no reference
            + "P-0101,8,31/02/2013,\n" // line 4: no such date
            + "P-0102,Year 14,2013-10-01,\n" // line 5: no such year
            + "Jo Bloggs,8,2013-10-01,\n" // line 6: a name, not a reference
            + "P-0103,8,2030-01-01,\n" // line 7: born in the future
            + "P-0104,8,2013-10-01,2012-01-01\n" // line 8: left before birth
            + "p-0100,8,2013-10-01,\n" // line 9: the same pupil twice
            + "P-0105,,,\n"; // line 10: two fields missing
    assertThatThrownBy(() -> plan(csv, REGISTER))
        .isInstanceOfSatisfying(
            CsvFile.Unreadable.class,
            e -> {
              assertThat(e.problems())
                  .containsOnlyKeys(
                      "line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9",
                      "line 10");
              assertThat(e.problems().get("line 3")).isEqualTo("reference is missing");
              assertThat(e.problems().get("line 4"))
                  .contains("dateOfBirth '31/02/2013' is not a date");
              assertThat(e.problems().get("line 5"))
                  .contains("yearGroup 'Year 14' is not a year group");
              assertThat(e.problems().get("line 6")).contains("is not a pupil reference");
              assertThat(e.problems().get("line 7")).isEqualTo("dateOfBirth is in the future");
              assertThat(e.problems().get("line 8"))
                  .isEqualTo("leavingDate is before the date of birth");
              assertThat(e.problems().get("line 9"))
                  .isEqualTo("reference 'p-0100' is already on line 2");
              assertThat(e.problems().get("line 10"))
                  .isEqualTo("yearGroup is missing; dateOfBirth is missing");
            });
  }

  @Test
  void comparesReferencesWhateverTheirCaseOrSpaces() {
    assertThat(PupilImport.key(" p-0042 ")).isEqualTo("P-0042");
  }
}
