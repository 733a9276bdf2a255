package org.beacon.incidents.domain;

/** Where an incident is in the response flow. */
public enum IncidentStatus {
  /** Reported; the DSL has not classified it yet. */
  REPORTED,
  /** Classified and being worked. */
  IN_PROGRESS,
  /** Actions recorded and the incident closed. */
  CLOSED
}
