package org.beacon.platform.pupils;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YearGroupTest {

  @ParameterizedTest
  @CsvSource({
    "N,Nursery",
    "nursery,Nursery",
    "R,Reception",
    "Rec,Reception",
    "reception,Reception",
    "Year R,Reception",
    "1,Year 1",
    "07,Year 7",
    "Y8,Year 8",
    "Yr 9,Year 9",
    "year 10,Year 10",
    "Year 13,Year 13",
    "' 12 ',Year 12"
  })
  void readsTheWaysSchoolsWriteAYearGroupAsOne(String written, String canonical) {
    assertThat(YearGroup.canonical(written)).contains(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "14", "Year 14", "Year", "Sixth form", "7B", "-1"})
  void refusesWhatIsNoYearGroupOfASchool(String written) {
    assertThat(YearGroup.canonical(written)).isEmpty();
  }

  @Test
  void nothingIsNoYearGroup() {
    assertThat(YearGroup.canonical(null)).isEmpty();
  }
}
