package org.beacon.incidents;

import java.util.Set;
import org.beacon.incidents.web.IncidentResource;
import org.beacon.incidents.web.PupilChronologyResource;
import org.beacon.incidents.web.StaffChronologyResource;
import org.beacon.platform.api.BeaconModule;

/** The e-safety incident log and the incident response flow (seed 001 flow chart). */
public class IncidentsModule implements BeaconModule {

  @Override
  public String name() {
    return "incidents";
  }

  @Override
  public Set<Class<?>> apiClasses() {
    return Set.of(
        IncidentResource.class, PupilChronologyResource.class, StaffChronologyResource.class);
  }
}
