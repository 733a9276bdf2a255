package org.beacon.platform.api;

/** Who has a Beacon account; modules use it to check the people a case names. */
public interface UserDirectory {

  /** Whether an enabled account with this username exists. */
  boolean exists(String username);
}
