package org.beacon.incidents.domain;

/** Whose device the incident happened on. */
public enum DeviceOwnership {
  SCHOOL,
  PERSONAL
}
