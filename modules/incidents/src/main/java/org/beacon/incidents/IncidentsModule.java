package org.beacon.incidents;

import org.beacon.platform.api.BeaconModule;

/** The e-safety incident log and the incident response flow (seed 001 flow chart). */
public class IncidentsModule implements BeaconModule {

  @Override
  public String name() {
    return "incidents";
  }
}
