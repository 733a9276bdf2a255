package org.beacon.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.util.List;
import org.beacon.platform.api.PersonRecords.Field;
import org.beacon.platform.api.PersonRecords.Item;
import org.junit.jupiter.api.Test;

/** Redaction hides every occurrence of another person and keeps the reason, never the text. */
class RedactedTextTest {

  @Test
  void everyOccurrenceIsHiddenWhateverItsCase() {
    RedactedText text =
        RedactedText.of(
            "P-0042 and P-0043 argued; p-0043 sent the image.",
            List.of(new RedactedText.Hidden("P-0043", "another pupil")));
    assertThat(text.plain())
        .isEqualTo(
            "P-0042 and [REDACTED: another pupil] argued; [REDACTED: another pupil] sent the image.");
    assertThat(text.anyRedacted()).isTrue();
  }

  @Test
  void theLongerOfTwoOverlappingTextsWins() {
    RedactedText text =
        RedactedText.of(
            "Seen by Ms Ann Smith",
            List.of(
                new RedactedText.Hidden("Ann", "a member of staff"),
                new RedactedText.Hidden("Ms Ann Smith", "reporter")));
    assertThat(text.plain()).isEqualTo("Seen by [REDACTED: reporter]");
  }

  @Test
  void thePdfShowsARedactionBoxAndNotTheHiddenText() throws Exception {
    Item item =
        new Item(
            "incident",
            "INC-2027-0007",
            Instant.parse("2027-01-05T10:00:00Z"),
            "E-safety incident",
            List.of(new Field("Pupils involved", "P-0042, P-0043")),
            List.of("P-0043"));
    byte[] pdf =
        DisclosurePdf.render(
            "Subject access request SAR-1",
            List.of(new DisclosurePdf.CoverLine("About", "Pupil P-0042")),
            List.of(
                SubjectAccessRequests.shown(
                    item, List.of(new RedactedText.Hidden("P-0043", "another pupil")))));
    PdfReader reader = new PdfReader(pdf);
    StringBuilder all = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      all.append(extractor.getTextFromPage(page)).append('\n');
    }
    assertThat(reader.getNumberOfPages()).isEqualTo(3);
    assertThat(all.toString())
        .contains("Contents", "INC-2027-0007", "P-0042", "REDACTED: another pupil")
        .doesNotContain("P-0043");
  }
}
