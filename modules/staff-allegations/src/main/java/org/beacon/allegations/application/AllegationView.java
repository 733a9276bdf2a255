package org.beacon.allegations.application;

/** How much of an allegation a caller may see. */
public enum AllegationView {
  /** The DSL and the case manager: everything, with the chronology and the deadlines. */
  FULL,
  /** The person who recorded it: that it was received, under its reference. Nothing else. */
  RECEIVED,
  /** Nothing, not even that it exists. */
  NONE
}
