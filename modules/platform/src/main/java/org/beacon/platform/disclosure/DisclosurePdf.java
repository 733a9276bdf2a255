package org.beacon.platform.disclosure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A disclosure as a PDF: a cover sheet, a contents list, then each item on its own page. A
 * redaction is drawn as a black box labelled REDACTED and its reason; the hidden text is never
 * written to the document, so nothing can recover it from the file.
 */
final class DisclosurePdf {

  /** A line of the cover sheet. */
  record CoverLine(String label, String value) {}

  /** An item as disclosed: its title and fields already redacted. */
  record ShownItem(
      String reference,
      String recordClass,
      String date,
      RedactedText title,
      List<ShownField> fields) {}

  /** A field as disclosed. */
  record ShownField(String label, RedactedText text) {}

  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
  private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 10);
  private static final Font BOX = new Font(Font.HELVETICA, 9, Font.BOLD, Color.WHITE);

  private DisclosurePdf() {}

  static byte[] render(String heading, List<CoverLine> cover, List<ShownItem> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(heading);
      document.open();
      document.add(new Paragraph(heading, TITLE));
      document.add(new Paragraph(" "));
      PdfPTable table = new PdfPTable(new float[] {1, 2});
      table.setWidthPercentage(100);
      for (CoverLine line : cover) {
        table.addCell(new PdfPCell(new Phrase(line.label(), LABEL)));
        table.addCell(new PdfPCell(new Phrase(line.value() == null ? "" : line.value(), BODY)));
      }
      document.add(table);
      document.add(new Paragraph(" "));
      document.add(
          new Paragraph(
              "Black boxes marked REDACTED hide information about other people; each names the"
                  + " reason it was withheld.",
              BODY));
      document.newPage();
      document.add(new Paragraph("Contents", HEADING));
      int number = 1;
      for (ShownItem item : items) {
        Paragraph line = new Paragraph();
        line.add(new Chunk(number++ + ". " + item.reference() + " (" + item.date() + "): ", BODY));
        addPieces(line, item.title());
        document.add(line);
      }
      if (items.isEmpty()) {
        document.add(new Paragraph("No records are held.", BODY));
      }
      for (ShownItem item : items) {
        document.newPage();
        Paragraph title = new Paragraph();
        title.setFont(HEADING);
        title.add(new Chunk(item.reference() + ": ", HEADING));
        addPieces(title, item.title());
        document.add(title);
        document.add(new Paragraph(item.recordClass() + ", " + item.date(), BODY));
        document.add(new Paragraph(" "));
        for (ShownField field : item.fields()) {
          document.add(new Paragraph(field.label(), LABEL));
          Paragraph text = new Paragraph();
          addPieces(text, field.text());
          text.setSpacingAfter(6);
          document.add(text);
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The disclosure could not be drawn", e);
    }
    return out.toByteArray();
  }

  private static void addPieces(Paragraph paragraph, RedactedText text) {
    for (RedactedText.Piece piece : text.pieces()) {
      if (piece.redacted()) {
        Chunk box = new Chunk(" REDACTED: " + piece.reason() + " ", BOX);
        box.setBackground(Color.BLACK, 1, 2, 1, 2);
        paragraph.add(box);
      } else {
        paragraph.add(new Chunk(piece.text(), BODY));
      }
    }
  }
}
