package org.beacon.governance;

import org.beacon.platform.api.BeaconModule;

/** Anonymised governor reports, the policy register and policy reviews. */
public class GovernorReportingModule implements BeaconModule {

  @Override
  public String name() {
    return "governance";
  }
}
