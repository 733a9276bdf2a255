package org.beacon.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.beacon.platform.api.DemoTerm;
import org.beacon.platform.pupils.PupilCsv;
import org.beacon.platform.pupils.PupilImport;
import org.junit.jupiter.api.Test;

class DemoSchoolCasesTest {

  @Test
  void theDemoRegisterHoldsEveryDemoPupilByReferenceOnlyAndTheImportTakesItWhole() {
    LocalDate today = LocalDate.of(2026, 12, 3);
    List<PupilCsv.Row> rows =
        PupilCsv.parse(DemoSchoolCases.register(today).getBytes(StandardCharsets.UTF_8));

    assertThat(rows).extracting(PupilCsv.Row::reference).containsExactlyElementsOf(DemoTerm.PUPILS);
    PupilImport.Plan plan = PupilImport.plan(rows, List.of(), today);
    assertThat(plan.added()).hasSize(DemoTerm.PUPILS.size());
    assertThat(plan.added()).allSatisfy(pupil -> assertThat(pupil.leavingDate()).isNull());
  }

  @Test
  void eachDemoPupilIsTheAgeOfTheirYearGroupOnTheFirstDayOfTheSchoolYear() {
    for (LocalDate today :
        List.of(LocalDate.of(2026, 12, 3), LocalDate.of(2027, 6, 30), LocalDate.of(2027, 9, 1))) {
      LocalDate firstOfSeptember =
          LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
      for (PupilCsv.Row row :
          PupilCsv.parse(DemoSchoolCases.register(today).getBytes(StandardCharsets.UTF_8))) {
        int year = Integer.parseInt(row.yearGroup().replace("Year ", ""));
        int age = Period.between(LocalDate.parse(row.dateOfBirth()), firstOfSeptember).getYears();
        // Year 7 are 11 on 1 September (12 during the year), Year 11 are 15.
        assertThat(age).as(row.reference() + " on " + today).isEqualTo(year + 4);
      }
    }
  }

  @Test
  void demoPupilsCycleThroughYearsSevenToEleven() {
    assertThat(DemoTerm.yearGroupOf("P-0001")).isEqualTo("Year 7");
    assertThat(DemoTerm.yearGroupOf("P-0005")).isEqualTo("Year 11");
    assertThat(DemoTerm.yearGroupOf("P-0006")).isEqualTo("Year 7");
  }
}
