package org.beacon.governance.domain.figures;

/**
 * A deadline across the cases it applied to, published.
 *
 * @param name e.g. {@code triageWithinOneDay}
 * @param met done by the deadline (null when the breakdown is withheld)
 * @param missed done late or overdue (null when withheld)
 * @param open not done and not yet due (null when withheld)
 * @param withheld no suppression of single cells could protect the breakdown
 */
public record DeadlineFigure(String name, Cell met, Cell missed, Cell open, boolean withheld) {}
