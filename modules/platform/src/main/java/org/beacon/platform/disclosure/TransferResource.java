package org.beacon.platform.disclosure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.beacon.platform.api.Caller;
import org.beacon.platform.disclosure.ChildFileTransfers.ExportRequest;
import org.beacon.platform.disclosure.ChildFileTransfers.IncomingDetail;
import org.beacon.platform.disclosure.ChildFileTransfers.IncomingSummary;
import org.beacon.platform.disclosure.ChildFileTransfers.OpenTransfer;
import org.beacon.platform.disclosure.ChildFileTransfers.OutgoingView;
import org.beacon.platform.disclosure.ChildFileTransfers.Receipt;

/**
 * {@code /api/transfers}: a child's safeguarding file moving school. Outgoing files (this school's
 * leavers) and incoming files (from a pupil's previous school); DSLs only.
 */
@Path("transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {

  /** The header that carries the passphrase of a package to import. */
  public static final String PASSPHRASE_HEADER = "X-Beacon-Passphrase";

  @Inject ChildFileTransfers transfers;
  @Inject Caller caller;

  @GET
  @Path("outgoing")
  public List<OutgoingView> outgoing() {
    return transfers.outgoing(caller);
  }

  @POST
  @Path("outgoing")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(OpenTransfer input) {
    return Response.status(Response.Status.CREATED).entity(transfers.open(caller, input)).build();
  }

  @POST
  @Path("outgoing/{id}/package")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  public Response export(@PathParam("id") long id, ExportRequest input) {
    byte[] sealed = transfers.export(caller, id, input);
    return Response.ok(sealed, MediaType.APPLICATION_OCTET_STREAM)
        .header("Content-Disposition", "attachment; filename=\"TRF-" + id + ".beacon\"")
        .build();
  }

  @POST
  @Path("outgoing/{id}/receipt")
  @Consumes(MediaType.APPLICATION_JSON)
  public OutgoingView receipt(@PathParam("id") long id, Receipt input) {
    return transfers.receipt(caller, id, input);
  }

  @GET
  @Path("incoming")
  public List<IncomingSummary> incoming() {
    return transfers.incoming(caller);
  }

  @POST
  @Path("incoming")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  public Response importPackage(@HeaderParam(PASSPHRASE_HEADER) String passphrase, byte[] sealed) {
    return Response.status(Response.Status.CREATED)
        .entity(transfers.importPackage(caller, passphrase, sealed))
        .build();
  }

  @GET
  @Path("incoming/{id}")
  public IncomingDetail incomingFile(@PathParam("id") long id) {
    return transfers.incoming(caller, id);
  }

  @GET
  @Path("incoming/{id}/items/{number}.pdf")
  @Produces("application/pdf")
  public Response itemPdf(@PathParam("id") long id, @PathParam("number") int number) {
    return Response.ok(transfers.incomingPdf(caller, id, number), "application/pdf").build();
  }
}
