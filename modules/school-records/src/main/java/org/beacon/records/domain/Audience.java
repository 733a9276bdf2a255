package org.beacon.records.domain;

/**
 * Who signs an agreement: members of staff in Beacon; pupils, parents and community users on paper.
 */
public enum Audience {
  STAFF,
  PUPIL,
  PARENT,
  COMMUNITY;

  /** Whether the people who sign it have accounts in Beacon (and so get a task to sign). */
  public boolean signsInBeacon() {
    return this == STAFF;
  }
}
