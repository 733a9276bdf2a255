package org.beacon.platform.pupils;

import java.util.List;
import java.util.Map;
import org.beacon.platform.csv.CsvFile;

/**
 * The pupil register as a school exports it from its MIS: UTF-8 CSV with a header row naming the
 * columns {@code reference}, {@code yearGroup}, {@code dateOfBirth} and, if the file has it, {@code
 * leavingDate}. Common MIS headings are read as these: {@code UPN}, {@code Admission number} and
 * {@code Pupil reference} as the reference, {@code Year} and {@code NC year} as the year group,
 * {@code DOB} as the date of birth, {@code Date of leaving} as the leaving date.
 *
 * <p>Beacon keeps no pupil names: a file with a name column is refused as a whole, so that names
 * are never read, let alone stored, by mistake.
 */
public final class PupilCsv {

  /**
   * One row as written.
   *
   * @param line the line of the file it starts on
   * @param leavingDate null when the file has no leaving date column (left as it is)
   */
  public record Row(
      long line, String reference, String yearGroup, String dateOfBirth, String leavingDate) {}

  static final String REFERENCE = "reference";
  static final String YEAR_GROUP = "yeargroup";
  static final String DATE_OF_BIRTH = "dateofbirth";
  static final String LEAVING_DATE = "leavingdate";

  private static final List<String> KNOWN =
      List.of(REFERENCE, YEAR_GROUP, DATE_OF_BIRTH, LEAVING_DATE);
  private static final List<String> REQUIRED = List.of(REFERENCE, YEAR_GROUP, DATE_OF_BIRTH);
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("pupilreference", REFERENCE),
          Map.entry("pupilref", REFERENCE),
          Map.entry("ref", REFERENCE),
          Map.entry("upn", REFERENCE),
          Map.entry("admissionnumber", REFERENCE),
          Map.entry("admissionno", REFERENCE),
          Map.entry("adno", REFERENCE),
          Map.entry("year", YEAR_GROUP),
          Map.entry("ncyear", YEAR_GROUP),
          Map.entry("yeargroup", YEAR_GROUP),
          Map.entry("dob", DATE_OF_BIRTH),
          Map.entry("birthdate", DATE_OF_BIRTH),
          Map.entry("dateofleaving", LEAVING_DATE),
          Map.entry("leavedate", LEAVING_DATE),
          Map.entry("leftdate", LEAVING_DATE));
  private static final String NO_NAMES =
      "Beacon keeps no pupil names; remove the column and import again";
  private static final Map<String, String> REFUSED =
      Map.of(
          "name", NO_NAMES,
          "pupilname", NO_NAMES,
          "fullname", NO_NAMES,
          "forename", NO_NAMES,
          "firstname", NO_NAMES,
          "legalforename", NO_NAMES,
          "surname", NO_NAMES,
          "lastname", NO_NAMES,
          "legalsurname", NO_NAMES,
          "preferredname", NO_NAMES);

  private PupilCsv() {}

  /**
   * @throws CsvFile.Unreadable naming the header or the line of each row that is not CSV
   */
  public static List<Row> parse(byte[] bytes) {
    return CsvFile.read(bytes, KNOWN, REQUIRED, SYNONYMS, REFUSED).stream()
        .map(
            r ->
                new Row(
                    r.line(),
                    r.get(REFERENCE),
                    r.get(YEAR_GROUP),
                    r.get(DATE_OF_BIRTH),
                    r.get(LEAVING_DATE)))
        .toList();
  }
}
