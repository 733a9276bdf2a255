package org.beacon.records.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.beacon.platform.api.Caller;
import org.beacon.records.application.PhotoConsents;
import org.beacon.records.application.PhotoConsents.ConsentForm;
import org.beacon.records.application.PhotoConsents.ConsentView;
import org.beacon.records.application.PhotoConsents.OptOut;
import org.beacon.records.application.PhotoConsents.Withdrawal;

/** {@code /api/records/photo-consent}: parents' photo and image consent, and the opt-out list. */
@Path("records/photo-consent")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PhotoConsentResource {

  @Inject PhotoConsents consents;
  @Inject Caller caller;

  /** The office, the DSL or the head records a parent's form. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(ConsentForm form) {
    return Response.status(Response.Status.CREATED).entity(consents.record(caller, form)).build();
  }

  /** Every member of staff, before publishing: pupils on roll who may not appear in some uses. */
  @GET
  @Path("opt-outs")
  public List<OptOut> optOuts(@QueryParam("yearGroup") String yearGroup) {
    return consents.optOuts(caller, yearGroup);
  }

  /** The office, the DSL or the head: a pupil's latest form. */
  @GET
  @Path("pupils/{reference}")
  public ConsentView forPupil(@PathParam("reference") String reference) {
    return consents.forPupil(caller, reference);
  }

  /** The parent withdrew consent; the office records it. */
  @POST
  @Path("{id: [0-9]+}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  public ConsentView withdraw(@PathParam("id") long id, Withdrawal withdrawal) {
    return consents.withdraw(caller, id, withdrawal);
  }
}
