package org.beacon.records.web;

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
import org.beacon.records.application.AgreementViews.AgreementSettings;
import org.beacon.records.application.AgreementViews.AgreementView;
import org.beacon.records.application.AgreementViews.NotSignedReport;
import org.beacon.records.application.AgreementViews.PaperSignature;
import org.beacon.records.application.Agreements;

/**
 * {@code /api/records/agreements}: acceptable use agreements, their signatures and who has not
 * signed.
 */
@Path("records/agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

  @Inject Agreements agreements;
  @Inject Caller caller;

  /** Every agreement: the policy it follows, the version in force. */
  @GET
  public List<AgreementView> list() {
    return agreements.types();
  }

  /**
   * The DSL or the head binds the agreement to a policy (by id) or says whether staff may skip it
   * at sign-in.
   */
  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AgreementView configure(@PathParam("code") String code, AgreementSettings settings) {
    return agreements.configure(caller, code, settings);
  }

  /** The caller signs the current version, in Beacon. */
  @POST
  @Path("{code}/signatures")
  public Response sign(@PathParam("code") String code) {
    return Response.status(Response.Status.CREATED).entity(agreements.sign(caller, code)).build();
  }

  /** The office, the DSL or the head records a signed paper form. */
  @POST
  @Path("{code}/paper-signatures")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordPaper(@PathParam("code") String code, PaperSignature paper) {
    return Response.status(Response.Status.CREATED)
        .entity(agreements.recordPaper(caller, code, paper))
        .build();
  }

  /** For the DSL and the head: who has not signed the current version. */
  @GET
  @Path("{code}/not-signed")
  public NotSignedReport notSigned(@PathParam("code") String code) {
    return agreements.notSigned(caller, code);
  }
}
