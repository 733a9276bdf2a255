package org.beacon.platform.disclosure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.beacon.platform.api.Caller;
import org.beacon.platform.disclosure.SubjectAccessRequests.DisclosureView;
import org.beacon.platform.disclosure.SubjectAccessRequests.OpenRequest;
import org.beacon.platform.disclosure.SubjectAccessRequests.RedactionInput;
import org.beacon.platform.disclosure.SubjectAccessRequests.RedactionView;
import org.beacon.platform.disclosure.SubjectAccessRequests.Release;
import org.beacon.platform.disclosure.SubjectAccessRequests.RequestDetail;
import org.beacon.platform.disclosure.SubjectAccessRequests.RequestSummary;

/**
 * {@code /api/subject-access}: subject access requests. The DSL opens, redacts, submits and
 * releases; the head approves; nobody else sees a request.
 */
@Path("subject-access")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubjectAccessResource {

  @Inject SubjectAccessRequests requests;
  @Inject Caller caller;

  @GET
  public List<RequestSummary> list() {
    return requests.list(caller);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(OpenRequest input) {
    RequestSummary opened = requests.open(caller, input);
    return Response.status(Response.Status.CREATED).entity(opened).build();
  }

  @GET
  @Path("{id}")
  public RequestDetail detail(@PathParam("id") long id) {
    return requests.detail(caller, id);
  }

  @PUT
  @Path("{id}/redactions")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestDetail redact(@PathParam("id") long id, List<RedactionInput> redactions) {
    return requests.saveRedactions(caller, id, redactions);
  }

  @GET
  @Path("{id}/redactions/{version}")
  public List<RedactionView> redactions(
      @PathParam("id") long id, @PathParam("version") int version) {
    return requests.redactions(caller, id, version);
  }

  @POST
  @Path("{id}/submit")
  public RequestSummary submit(@PathParam("id") long id) {
    return requests.submit(caller, id);
  }

  @POST
  @Path("{id}/approve")
  public RequestSummary approve(@PathParam("id") long id) {
    return requests.approve(caller, id);
  }

  @POST
  @Path("{id}/release")
  @Consumes(MediaType.APPLICATION_JSON)
  public DisclosureView release(@PathParam("id") long id, Release release) {
    return requests.release(caller, id, release);
  }

  @GET
  @Path("{id}/export.pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") long id) {
    byte[] pdf = requests.exportPdf(caller, id);
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"SAR-" + id + ".pdf\"")
        .build();
  }

  @GET
  @Path("{id}/export.json")
  public Response json(@PathParam("id") long id) {
    return Response.ok(requests.exportJson(caller, id), MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"SAR-" + id + ".json\"")
        .build();
  }
}
