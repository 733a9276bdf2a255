package org.beacon.allegations;

import java.util.Set;
import org.beacon.allegations.web.AllegationResource;
import org.beacon.platform.api.BeaconModule;

/** Allegations against staff and the LADO referral flow (KCSIE Part 4). */
public class StaffAllegationsModule implements BeaconModule {

  @Override
  public String name() {
    return "allegations";
  }

  @Override
  public Set<Class<?>> apiClasses() {
    return Set.of(AllegationResource.class);
  }
}
