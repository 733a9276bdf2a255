package org.beacon.governance.application.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.beacon.governance.application.FigureLabels;
import org.beacon.governance.application.ReportDocument;
import org.beacon.governance.domain.figures.Anonymisation;
import org.beacon.governance.domain.figures.Cell;
import org.beacon.governance.domain.figures.CountGroup;
import org.beacon.governance.domain.figures.DeadlineFigure;
import org.beacon.governance.domain.figures.ModuleFigures;
import org.beacon.governance.domain.figures.TimingFigure;
import org.beacon.governance.domain.report.ReportStatus;
import org.beacon.platform.api.SchoolTime;

/**
 * The printable report: what it covers and where it stands, the DSL's commentary, then each
 * module's figures as bar charts with their numbers, times and deadlines as tables. Drawn with
 * OpenPDF; suppressed numbers are drawn as dashed outlines labelled as in the JSON.
 */
public final class ReportPdf {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

  private static final Color BAR = new Color(0x2f, 0x5d, 0x8a);
  private static final Color MUTED = new Color(0x80, 0x80, 0x80);
  private static final Color RULE = new Color(0xdd, 0xdd, 0xdd);

  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, BAR);
  private static final Font SUBHEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 9.5f, Font.NORMAL);
  private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);

  /** Chart geometry, in points. */
  private static final float CHART_WIDTH = 515;

  private static final float LABEL_WIDTH = 220;
  private static final float BAR_SPACE = 240;
  private static final float ROW = 15;

  private ReportPdf() {}

  public static byte[] write(ReportDocument report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 48, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(report.title());
      document.addSubject("Anonymised governor report");
      document.addCreator("Beacon");
      document.open();
      heading(document, report);
      commentary(document, report);
      BaseFont font =
          BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
      for (ModuleFigures module : report.figures().modules()) {
        module(document, writer, font, module);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot draw the report " + report.reference(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void heading(Document document, ReportDocument report) throws DocumentException {
    document.add(new Paragraph(report.title(), TITLE));
    document.add(
        new Paragraph(
            "Report to the governing body, "
                + DAY.format(report.firstDay())
                + " to "
                + DAY.format(report.lastDay()),
            BODY));
    document.add(new Paragraph(status(report), BODY));
    document.add(
        new Paragraph(
            "Figures drawn up " + moment(report.generatedAt()) + " (" + report.reference() + ")",
            SMALL));
    Paragraph rule =
        new Paragraph(
            "How to read the figures: counts from 1 to 4 are shown as \"fewer than 5\". Where a small count could be"
                + " worked out from the total and the counts beside it, another count is \"withheld\" too, or the whole"
                + " breakdown. Times are withheld when fewer than 5 cases reached the step. The report names nobody and"
                + " holds no references or free text from the cases.",
            SMALL);
    rule.setSpacingBefore(6);
    document.add(rule);
  }

  private static String status(ReportDocument report) {
    return switch (report.status()) {
      case ACKNOWLEDGED ->
          "Acknowledged for the governing body on "
              + moment(report.acknowledgedAt())
              + ". This report no longer changes.";
      case AWAITING_ACKNOWLEDGEMENT ->
          "Approved by the headteacher; awaiting the governing body's acknowledgement.";
      case IN_REVIEW -> "Draft: with the headteacher for review.";
      case DRAFT -> "Draft: the DSL is writing the commentary.";
    };
  }

  private static void commentary(Document document, ReportDocument report)
      throws DocumentException {
    section(document, "Commentary from the Designated Safeguarding Lead");
    document.add(
        new Paragraph(
            report.commentary() == null ? "No commentary yet." : report.commentary(), BODY));
    if (report.status() == ReportStatus.ACKNOWLEDGED && report.governorComments() != null) {
      section(document, "Comments of the governing body");
      document.add(new Paragraph(report.governorComments(), BODY));
    }
  }

  private static void module(
      Document document, PdfWriter writer, BaseFont font, ModuleFigures module)
      throws DocumentException {
    section(document, FigureLabels.module(module.module()));
    if (module.total() != null) {
      document.add(
          new Paragraph(
              FigureLabels.measure(Anonymisation.TOTAL) + ": " + module.total().shown(),
              SUBHEADING));
    }
    for (CountGroup group : module.counts()) {
      Paragraph title = new Paragraph(FigureLabels.measure(group.measure()), SUBHEADING);
      title.setSpacingBefore(8);
      title.setKeepTogether(true);
      document.add(title);
      if (group.withheld()) {
        document.add(
            new Paragraph(
                "Withheld: the numbers are too small to break down without identifying anyone.",
                SMALL));
      } else if (group.cells().isEmpty()) {
        document.add(new Paragraph("None.", SMALL));
      } else {
        document.add(chart(writer, font, group.cells()));
      }
    }
    if (!module.timings().isEmpty()) {
      Paragraph title = new Paragraph("Times", SUBHEADING);
      title.setSpacingBefore(8);
      document.add(title);
      PdfPTable table =
          table(
              new float[] {4, 2, 2, 2},
              "Step",
              "Cases",
              "Median (hours)",
              "90th percentile (hours)");
      for (TimingFigure timing : module.timings()) {
        cells(
            table,
            FigureLabels.measure(timing.measure()),
            timing.cases().shown(),
            hours(timing, timing.medianHours()),
            hours(timing, timing.p90Hours()));
      }
      document.add(table);
    }
    if (!module.deadlines().isEmpty()) {
      Paragraph title = new Paragraph("Deadlines", SUBHEADING);
      title.setSpacingBefore(8);
      document.add(title);
      PdfPTable table = table(new float[] {4, 2, 2, 2}, "Deadline", "Met", "Missed", "Not yet due");
      for (DeadlineFigure deadline : module.deadlines()) {
        if (deadline.withheld()) {
          cells(
              table,
              FigureLabels.measure(deadline.name()),
              Anonymisation.WITHHELD,
              Anonymisation.WITHHELD,
              Anonymisation.WITHHELD);
        } else {
          cells(
              table,
              FigureLabels.measure(deadline.name()),
              deadline.met().shown(),
              deadline.missed().shown(),
              deadline.open().shown());
        }
      }
      document.add(table);
    }
  }

  /** A horizontal bar chart: one row per category, its label, its bar and its number. */
  static Image chart(PdfWriter writer, BaseFont font, List<Cell> cells) throws DocumentException {
    float height = ROW * cells.size() + 4;
    PdfTemplate chart = writer.getDirectContent().createTemplate(CHART_WIDTH, height);
    long max =
        cells.stream()
            .map(Cell::value)
            .filter(Objects::nonNull)
            .mapToLong(Long::longValue)
            .max()
            .orElse(0);
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      float y = height - (i + 1) * ROW + 2;
      text(chart, font, 8, Color.BLACK, 0, y + 3, fit(font, 8, cell.category(), LABEL_WIDTH - 8));
      if (cell.value() != null) {
        float width =
            max == 0 ? 0 : Math.max(cell.value() > 0 ? 1 : 0, BAR_SPACE * cell.value() / max);
        if (width > 0) {
          chart.setColorFill(BAR);
          chart.rectangle(LABEL_WIDTH, y, width, ROW - 4);
          chart.fill();
        }
        text(chart, font, 8, Color.BLACK, LABEL_WIDTH + width + 4, y + 3, cell.shown());
      } else {
        chart.setColorStroke(MUTED);
        chart.setLineDash(2, 2, 0);
        chart.rectangle(LABEL_WIDTH, y, 14, ROW - 4);
        chart.stroke();
        chart.setLineDash(0);
        text(chart, font, 8, MUTED, LABEL_WIDTH + 18, y + 3, cell.shown());
      }
    }
    chart.setColorStroke(RULE);
    chart.moveTo(LABEL_WIDTH, 0);
    chart.lineTo(LABEL_WIDTH, height);
    chart.stroke();
    Image image = Image.getInstance(chart);
    image.setAlignment(Element.ALIGN_LEFT);
    image.setSpacingBefore(2);
    return image;
  }

  private static void text(
      PdfContentByte canvas,
      BaseFont font,
      float size,
      Color color,
      float x,
      float y,
      String text) {
    canvas.beginText();
    canvas.setColorFill(color);
    canvas.setFontAndSize(font, size);
    canvas.setTextMatrix(x, y);
    canvas.showText(text);
    canvas.endText();
  }

  /** The label, shortened with an ellipsis to fit the width. */
  static String fit(BaseFont font, float size, String text, float width) {
    if (font.getWidthPoint(text, size) <= width) {
      return text;
    }
    String shorter = text;
    while (!shorter.isEmpty() && font.getWidthPoint(shorter + "…", size) > width) {
      shorter = shorter.substring(0, shorter.length() - 1);
    }
    return shorter.stripTrailing() + "…";
  }

  private static PdfPTable table(float[] widths, String... headings) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    for (String heading : headings) {
      PdfPCell cell = new PdfPCell(new Phrase(heading, SUBHEADING));
      cell.setBorder(Rectangle.BOTTOM);
      cell.setBorderColor(RULE);
      table.addCell(cell);
    }
    table.setHeaderRows(1);
    return table;
  }

  private static void cells(PdfPTable table, String... values) {
    for (String value : values) {
      PdfPCell cell = new PdfPCell(new Phrase(value, BODY));
      cell.setBorder(Rectangle.BOTTOM);
      cell.setBorderColor(RULE);
      table.addCell(cell);
    }
  }

  private static String hours(TimingFigure timing, Double hours) {
    return timing.withheld()
        ? Anonymisation.WITHHELD
        : hours == null ? "n/a" : String.format(Locale.UK, "%.1f", hours);
  }

  private static void section(Document document, String title) throws DocumentException {
    Paragraph heading = new Paragraph(title, HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(4);
    document.add(heading);
    document.add(new Chunk(" "));
  }

  private static String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant.atZone(SchoolTime.ZONE));
  }
}
