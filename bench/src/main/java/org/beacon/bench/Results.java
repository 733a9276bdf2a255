package org.beacon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures of one run: printed as a table, written as CSV and Markdown. */
final class Results {

  /**
   * One figure with the baseline it is compared to.
   *
   * @param scenario intake, tasks, report, startup
   * @param measure what was measured, with its unit
   * @param beacon Beacon's figure
   * @param baselineName what the baseline is (raw engine, Camunda REST), or empty
   * @param baseline the baseline's figure, or empty
   * @param ratio Beacon against the baseline, or empty
   * @param target the target of issue 8 or 6, or empty
   * @param verdict met, missed, or empty when there is no target
   * @param note sizes and conditions
   */
  record Row(
      String scenario,
      String measure,
      String beacon,
      String baselineName,
      String baseline,
      String ratio,
      String target,
      String verdict,
      String note) {}

  static final List<String> HEADER =
      List.of(
          "scenario",
          "measure",
          "beacon",
          "baseline",
          "baseline value",
          "ratio",
          "target",
          "verdict",
          "note");

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, String> context = new LinkedHashMap<>();

  void context(String name, String value) {
    context.put(name, value);
  }

  Map<String, String> context() {
    return context;
  }

  void add(Row row) {
    rows.add(row);
    System.out.println(
        "  "
            + row.scenario()
            + " | "
            + row.measure()
            + " | "
            + row.beacon()
            + (row.baselineName().isEmpty()
                ? ""
                : " | " + row.baselineName() + " " + row.baseline())
            + (row.ratio().isEmpty() ? "" : " | ratio " + row.ratio())
            + (row.target().isEmpty() ? "" : " | target " + row.target() + " " + row.verdict()));
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  static String verdict(boolean met) {
    return met ? "met" : "missed";
  }

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    return value >= 100
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  String table() {
    List<List<String>> cells = new ArrayList<>();
    cells.add(HEADER);
    rows.forEach(r -> cells.add(values(r)));
    int[] widths = new int[HEADER.size()];
    for (List<String> line : cells) {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], Math.min(60, line.get(i).length()));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> line : cells) {
      for (int i = 0; i < line.size(); i++) {
        out.append(String.format("%-" + widths[i] + "s", line.get(i)))
            .append(i + 1 < line.size() ? "  " : "\n");
      }
    }
    return out.toString();
  }

  String csv() {
    StringBuilder out = new StringBuilder();
    context.forEach((k, v) -> out.append("# ").append(k).append(": ").append(v).append('\n'));
    out.append(HEADER.stream().map(Results::csvCell).collect(Collectors.joining(","))).append('\n');
    for (Row row : rows) {
      out.append(values(row).stream().map(Results::csvCell).collect(Collectors.joining(",")))
          .append('\n');
    }
    return out.toString();
  }

  String markdown(String title) {
    StringBuilder out = new StringBuilder("# " + title + "\n\n");
    context.forEach((k, v) -> out.append("- ").append(k).append(": ").append(v).append('\n'));
    out.append("\n| ").append(String.join(" | ", HEADER)).append(" |\n|");
    HEADER.forEach(h -> out.append("---|"));
    out.append('\n');
    for (Row row : rows) {
      out.append("| ")
          .append(
              values(row).stream()
                  .map(v -> v.replace("|", "\\|"))
                  .collect(Collectors.joining(" | ")))
          .append(" |\n");
    }
    return out.toString();
  }

  void write(Path directory, String label) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(label + ".csv"), csv());
    Files.writeString(directory.resolve(label + ".md"), markdown("Beacon benchmark: " + label));
  }

  private static List<String> values(Row r) {
    return List.of(
        r.scenario(),
        r.measure(),
        r.beacon(),
        r.baselineName(),
        r.baseline(),
        r.ratio(),
        r.target(),
        r.verdict(),
        r.note());
  }

  static String csvCell(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
