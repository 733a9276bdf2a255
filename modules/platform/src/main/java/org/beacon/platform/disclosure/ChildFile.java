package org.beacon.platform.disclosure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.beacon.platform.api.PersonRecords.Field;
import org.beacon.platform.api.PersonRecords.Item;

/**
 * The contents of a child's file as it moves school, before sealing: a ZIP holding {@code
 * file.json} (the pupil, the sending school, every item with its fields) and {@code items/<n>.pdf},
 * one PDF per item.
 */
final class ChildFile {

  static final String FORMAT = "beacon-child-file/1";
  static final String JSON_ENTRY = "file.json";
  private static final long MAX_UNPACKED = 64L * 1024 * 1024;

  /**
   * An opened file.
   *
   * @param pdfs the PDF of each item, by entry name ({@code items/1.pdf})
   */
  record Contents(
      String fromSchool,
      String pupilReference,
      Instant exportedAt,
      List<Item> items,
      Map<String, byte[]> pdfs) {}

  private ChildFile() {}

  static byte[] write(
      String fromSchool, String pupilReference, Instant exportedAt, List<Item> items) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    Map<String, byte[]> pdfs = new LinkedHashMap<>();
    int n = 1;
    for (Item item : items) {
      String entry = "items/" + n++ + ".pdf";
      pdfs.put(
          entry,
          DisclosurePdf.render(
              item.reference(),
              List.of(
                  new DisclosurePdf.CoverLine("Pupil", pupilReference),
                  new DisclosurePdf.CoverLine("From", fromSchool),
                  new DisclosurePdf.CoverLine("Exported", exportedAt.toString())),
              List.of(SubjectAccessRequests.shown(item, List.of()))));
      JsonArrayBuilder fields = Json.createArrayBuilder();
      item.fields()
          .forEach(
              f ->
                  fields.add(
                      Json.createObjectBuilder().add("label", f.label()).add("text", f.text())));
      JsonArrayBuilder others = Json.createArrayBuilder();
      item.otherPeople().forEach(others::add);
      array.add(
          Json.createObjectBuilder()
              .add("recordClass", item.recordClass())
              .add("reference", item.reference())
              .add("date", String.valueOf(item.date()))
              .add("title", item.title())
              .add("fields", fields)
              .add("otherPeople", others)
              .add("pdf", entry));
    }
    String json =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("fromSchool", fromSchool)
            .add("pupilReference", pupilReference)
            .add("exportedAt", exportedAt.toString())
            .add("items", array)
            .build()
            .toString();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(JSON_ENTRY));
      zip.write(json.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
        zip.putNextEntry(new ZipEntry(pdf.getKey()));
        zip.write(pdf.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Reads an opened package; {@link IllegalArgumentException} when it is not a child's file. */
  static Contents read(byte[] zipBytes) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        byte[] bytes = readBounded(zip, MAX_UNPACKED - total);
        total += bytes.length;
        entries.put(entry.getName(), bytes);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("The package's contents are not a child's file", e);
    }
    byte[] json = entries.remove(JSON_ENTRY);
    if (json == null) {
      throw new IllegalArgumentException("The package holds no file.json");
    }
    try {
      JsonObject root = Json.createReader(new ByteArrayInputStream(json)).readObject();
      if (!FORMAT.equals(root.getString("format", ""))) {
        throw new IllegalArgumentException("The package is not a " + FORMAT + " file");
      }
      List<Item> items = new ArrayList<>();
      for (JsonValue value : root.getJsonArray("items")) {
        JsonObject o = value.asJsonObject();
        List<Field> fields = new ArrayList<>();
        for (JsonValue f : o.getJsonArray("fields")) {
          fields.add(
              new Field(f.asJsonObject().getString("label"), f.asJsonObject().getString("text")));
        }
        List<String> others =
            o.getJsonArray("otherPeople").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        String date = o.getString("date");
        items.add(
            new Item(
                o.getString("recordClass"),
                o.getString("reference"),
                "null".equals(date) ? null : Instant.parse(date),
                o.getString("title"),
                fields,
                others));
      }
      return new Contents(
          root.getString("fromSchool"),
          root.getString("pupilReference"),
          Instant.parse(root.getString("exportedAt")),
          items,
          entries);
    } catch (JsonException | ClassCastException | NullPointerException | DateTimeParseException e) {
      throw new IllegalArgumentException("The package's file.json cannot be read", e);
    }
  }

  private static byte[] readBounded(InputStream in, long left) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int read;
    while ((read = in.read(buffer)) > 0) {
      if (out.size() + read > left) {
        throw new IOException("The package unpacks to more than " + MAX_UNPACKED + " bytes");
      }
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }
}
