package org.beacon.app;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * The committed snapshot of {@code /openapi} ({@code src/main/frontend/openapi.json}): the web UI's
 * build generates its API types from it ({@code npm run types}, openapi-typescript), because the
 * live document exists only while Beacon runs. {@link AuthorizationMatrixIT} compares it with the
 * live document and, with {@code -Dbeacon.openapi.refresh=true}, writes it.
 *
 * <p>Written in one stable form, so that it only changes when the API does: object keys sorted,
 * two-space indents, and without {@code servers} (the address of whichever server answered).
 */
final class OpenApiSnapshot {

  /** The one command that writes the live document into the snapshot (from the repository root). */
  static final String REFRESH =
      "mvn -B verify -pl modules/app -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dit.test='AuthorizationMatrixIT#theCommittedOpenApiSnapshotIsTheLiveDocument'"
          + " -Dbeacon.openapi.refresh=true -Ddesigner.skip -Dfrontend.test.skip=true";

  private OpenApiSnapshot() {}

  static Path file() {
    return Path.of(System.getProperty("beacon.frontend.dir"), "openapi.json");
  }

  static String normalise(JsonObject document) {
    StringBuilder out = new StringBuilder();
    write(Json.createObjectBuilder(document).remove("servers").build(), "", out);
    return out.append('\n').toString();
  }

  /** The first line where the two differ, with its number, or null when they are the same. */
  static String firstDifference(String committed, String live) {
    String[] a = committed.split("\n", -1);
    String[] b = live.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end of file>";
      String y = i < b.length ? b[i] : "<end of file>";
      if (!x.equals(y)) {
        return "line " + (i + 1) + ": committed " + x.strip() + " | live " + y.strip();
      }
    }
    return null;
  }

  private static void write(JsonValue value, String indent, StringBuilder out) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        if (object.isEmpty()) {
          out.append("{}");
          return;
        }
        out.append("{\n");
        String inner = indent + "  ";
        boolean first = true;
        for (String key : new TreeSet<>(object.keySet())) {
          if (!first) {
            out.append(",\n");
          }
          first = false;
          out.append(inner).append(Json.createValue(key)).append(": ");
          write(object.get(key), inner, out);
        }
        out.append('\n').append(indent).append('}');
      }
      case ARRAY -> {
        JsonArray array = value.asJsonArray();
        if (array.isEmpty()) {
          out.append("[]");
          return;
        }
        out.append("[\n");
        String inner = indent + "  ";
        for (int i = 0; i < array.size(); i++) {
          if (i > 0) {
            out.append(",\n");
          }
          out.append(inner);
          write(array.get(i), inner, out);
        }
        out.append('\n').append(indent).append(']');
      }
      default -> out.append(value);
    }
  }
}
