package org.beacon.governance.domain.figures;

import java.util.List;

/**
 * The categories of one measure of a module, e.g. incidents by type.
 *
 * @param measure the module's name for it, e.g. {@code byType}
 * @param withheld the whole breakdown is withheld: no suppression of single cells could stop a
 *     small number from being worked out; then {@code cells} is empty
 * @param cells the categories, in alphabetical order (an order by size would hint at the suppressed
 *     ones)
 */
public record CountGroup(String measure, boolean withheld, List<Cell> cells) {
  public CountGroup {
    cells = List.copyOf(cells);
  }
}
