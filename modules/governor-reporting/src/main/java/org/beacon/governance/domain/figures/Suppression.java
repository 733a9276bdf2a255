package org.beacon.governance.domain.figures;

/** Why a number in a report is not shown. */
public enum Suppression {
  /** It is shown. */
  NONE,
  /** From 1 to 4: shown as "fewer than 5". */
  SMALL,
  /** Withheld so that a small number beside it cannot be worked out from the total. */
  SECONDARY
}
