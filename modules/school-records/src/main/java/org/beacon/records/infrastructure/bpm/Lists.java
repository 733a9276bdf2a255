package org.beacon.records.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * The collections of the school-records flows' multi-instance steps, read from a text variable (one
 * entry a line) that a step before set: {@code ${recordsLists.lines(leavers)}}. The engine
 * evaluates a collection once per element, so it must not be computed afresh each time.
 */
@ApplicationScoped
@Named("recordsLists")
public class Lists {

  /** The lines of the text, blank ones left out; none for null. */
  public List<String> lines(Object text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.toString().split("\n"))
        .map(String::trim)
        .filter(l -> !l.isEmpty())
        .toList();
  }
}
