package org.beacon.filtering.application;

/** How much of a filtering report a caller may see. */
public enum ReportView {
  /** dsl and head: everything, with the chronology. */
  FULL,
  /**
   * technical: the site, when, the device, the content and what was done; never who found it or
   * whose account.
   */
  TECHNICAL,
  /** The reporter: what they reported and its status. */
  REPORTER,
  NONE
}
