package org.beacon.platform.alerts;

/** Whether a person wants the daily summary of new tasks: on unless they turned it off. */
public interface DigestPreference {

  boolean wantsDigest(String username);

  /** Turns the summary on or off; false when there is no such person. */
  boolean set(String username, boolean on);
}
