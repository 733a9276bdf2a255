package org.beacon.filtering;

import org.beacon.platform.api.BeaconModule;

/** Filtering breaches, block and allow change requests, filtering checks and reviews. */
public class FilteringReportsModule implements BeaconModule {

  @Override
  public String name() {
    return "filtering";
  }
}
