package org.beacon.governance;

import java.util.Set;
import org.beacon.governance.web.PolicyResource;
import org.beacon.governance.web.ReportResource;
import org.beacon.governance.web.StatisticsResource;
import org.beacon.platform.api.BeaconModule;

/** Anonymised governor reports, the policy register and policy reviews. */
public class GovernorReportingModule implements BeaconModule {

  @Override
  public String name() {
    return "governance";
  }

  @Override
  public Set<Class<?>> apiClasses() {
    return Set.of(ReportResource.class, StatisticsResource.class, PolicyResource.class);
  }
}
