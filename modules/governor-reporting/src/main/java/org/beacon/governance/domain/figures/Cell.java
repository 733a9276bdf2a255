package org.beacon.governance.domain.figures;

/**
 * One published number: what a reader of a report sees in a cell.
 *
 * @param category the fixed label the module gave it, e.g. {@code inappropriate}
 * @param value the number, or null when it is not shown
 * @param shown the text shown: the number, {@value Anonymisation#FEWER_THAN_FIVE} or {@value
 *     Anonymisation#WITHHELD}
 * @param suppression why the number is not shown, {@link Suppression#NONE} when it is
 */
public record Cell(String category, Long value, String shown, Suppression suppression) {

  static Cell exact(String category, long value) {
    return new Cell(category, value, Long.toString(value), Suppression.NONE);
  }

  static Cell small(String category) {
    return new Cell(category, null, Anonymisation.FEWER_THAN_FIVE, Suppression.SMALL);
  }

  static Cell secondary(String category) {
    return new Cell(category, null, Anonymisation.WITHHELD, Suppression.SECONDARY);
  }

  public boolean suppressed() {
    return suppression != Suppression.NONE;
  }
}
