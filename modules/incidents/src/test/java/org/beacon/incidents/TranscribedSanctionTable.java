package org.beacon.incidents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A seed 001 "Actions / Sanctions" table as transcribed by hand into a CSV test resource: the
 * header holds the action columns after a first "Incidents" cell, each line holds an incident and
 * an {@code x} under every ticked action. It is the tests' source of truth, kept apart from the DMN
 * it checks.
 */
record TranscribedSanctionTable(List<String> actions, List<Row> rows) {

  static final String CONTINUED_INFRINGEMENTS =
      "Continued infringements of the above, following previous warnings or sanctions";

  record Row(String incident, Set<String> tickedActions) {}

  static TranscribedSanctionTable read(String resource) {
    ClassLoader classLoader = TranscribedSanctionTable.class.getClassLoader();
    try (InputStream in = classLoader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + resource);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = cells(reader.readLine());
      List<String> actions = List.copyOf(header.subList(1, header.size()));
      List<Row> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = cells(line);
        if (cells.size() != header.size()) {
          throw new IllegalStateException(
              resource + ": " + cells.size() + " cells, expected " + header.size() + ": " + line);
        }
        Set<String> ticked = new LinkedHashSet<>();
        for (int column = 0; column < actions.size(); column++) {
          String cell = cells.get(column + 1);
          if (cell.equals("x")) {
            ticked.add(actions.get(column));
          } else if (!cell.isEmpty()) {
            throw new IllegalStateException(
                resource + ": a cell is 'x' or empty, not '" + cell + "'");
          }
        }
        rows.add(new Row(cells.get(0), Set.copyOf(ticked)));
      }
      return new TranscribedSanctionTable(actions, List.copyOf(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Row continuedInfringements() {
    return rows.stream()
        .filter(row -> row.incident().equals(CONTINUED_INFRINGEMENTS))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No row '" + CONTINUED_INFRINGEMENTS + "'"));
  }

  int ticks() {
    return rows.stream().mapToInt(row -> row.tickedActions().size()).sum();
  }

  /** RFC 4180 cells: incident wording may hold commas, so such cells are quoted. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
