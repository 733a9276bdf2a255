package org.beacon.incidents.application;

/** How much of an incident a caller may see. */
public enum IncidentView {
  /** dsl and head: everything, with the chronology. */
  FULL,
  /** The reporter: what they reported and its status, nothing the DSL added. */
  REPORTER,
  /** technical staff with a task on it: time, device and URLs, never pupils. */
  TECHNICAL,
  /** Nothing at all. */
  NONE
}
