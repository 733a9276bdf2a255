package org.beacon.incidents.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.beacon.incidents.application.IncidentDetail;
import org.beacon.incidents.application.IncidentLog;
import org.beacon.platform.api.Caller;

/**
 * {@code /api/staff/{ref}/chronology}: every incident involving a member of staff, for the DSL and
 * the head.
 */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffChronologyResource {

  @Inject IncidentLog log;
  @Inject Caller caller;

  @GET
  @Path("{ref}/chronology")
  public List<IncidentDetail> chronology(@PathParam("ref") String reference) {
    return log.staffChronology(caller, reference);
  }
}
