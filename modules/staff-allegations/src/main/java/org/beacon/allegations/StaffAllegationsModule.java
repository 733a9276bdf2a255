package org.beacon.allegations;

import org.beacon.platform.api.BeaconModule;

/** Allegations against staff and the LADO referral flow (KCSIE Part 4). */
public class StaffAllegationsModule implements BeaconModule {

  @Override
  public String name() {
    return "allegations";
  }
}
