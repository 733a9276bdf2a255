package org.beacon.governance.domain.figures;

/**
 * How long a step took, published.
 *
 * @param measure e.g. {@code timeToFirstTriage}
 * @param cases how many cases reached the step, anonymised like any count
 * @param medianHours the median to one decimal, null when no case or fewer than 5 cases
 * @param p90Hours the 90th percentile to one decimal, null when no case or fewer than 5 cases
 * @param withheld the times are withheld because fewer than 5 cases reached the step
 */
public record TimingFigure(
    String measure, Cell cases, Double medianHours, Double p90Hours, boolean withheld) {}
