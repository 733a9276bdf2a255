package org.beacon.governance.application.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

  @Test
  void thePrintableReportHoldsTheTitleCommentaryChartsAndTables() throws IOException {
    byte[] pdf = ReportPdf.write(ExportFixtures.acknowledgedAutumnReport());

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    String text = text(pdf);
    assertThat(text)
        .contains("Autumn term 2026")
        .contains("23 July 2026 to 19 December 2026")
        .contains("Acknowledged for the governing body")
        .contains("gaming sites are a new trend")
        .contains("E-safety incidents")
        .contains("Cases in the period: 13")
        .contains("fewer than 5")
        .contains("withheld")
        .contains("Time to first triage")
        .contains("Triaged within one day");
  }

  @Test
  void theChartsLabelsAreTextAReaderAndTheLeakTestCanRead() throws IOException {
    String text = text(ReportPdf.write(ExportFixtures.acknowledgedAutumnReport()));

    // The chart is a drawn template: its labels must still be extractable, or a leak check of the
    // PDF would not see them.
    assertThat(text)
        .contains("Unauthorised use of non-educational sites")
        .contains("inappropriate")
        .contains("Warning");
  }

  @Test
  void longLabelsAreShortenedToFitBesideTheBars() throws IOException {
    BaseFont font =
        BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    String fitted =
        ReportPdf.fit(font, 8, ExportFixtures.SITES + " and much more besides, far too long", 212);

    assertThat(fitted).endsWith("…");
    assertThat(font.getWidthPoint(fitted, 8)).isLessThanOrEqualTo(212);
    assertThat(ReportPdf.fit(font, 8, "Warning", 212)).isEqualTo("Warning");
  }

  static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }
}
