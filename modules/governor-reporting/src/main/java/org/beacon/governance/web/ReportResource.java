package org.beacon.governance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.beacon.governance.application.GovernorReports;
import org.beacon.governance.application.ReportDocument;
import org.beacon.governance.application.RequestedPeriod;
import org.beacon.governance.application.export.ReportCsv;
import org.beacon.governance.application.export.ReportPdf;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/governance/reports}: ask for a report, read reports as JSON, CSV or a printable PDF.
 */
@Path("governance/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

  @Inject GovernorReports reports;
  @Inject Caller caller;
  @Context UriInfo uri;

  /**
   * @param from the first day (YYYY-MM-DD) or instant of the period
   * @param to the last day (included) or the instant after the period
   */
  public record RequestReport(String from, String to) {}

  @APIResponse(
      responseCode = "201",
      description = "The report, drafted from the period's figures; Location is its address",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ReportJson.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response request(RequestReport body) {
    if (body == null) {
      throw BeaconProblem.invalid(
          "Send the period as a JSON object", Map.of("from", "is required", "to", "is required"));
    }
    ReportDocument report = reports.request(caller, RequestedPeriod.parse(body.from(), body.to()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(report.id())).build())
        .entity(ReportJson.of(report))
        .build();
  }

  @GET
  public List<GovernorReports.Summary> list(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    PageRequest paging = PageRequest.of(page, size);
    return reports.list(caller, paging.page(), paging.size());
  }

  @GET
  @Path("{id}")
  public ReportJson get(@PathParam("id") long id) {
    return ReportJson.of(reports.get(caller, id, "read"));
  }

  /** The figures as CSV, one line per published number. */
  @APIResponse(
      responseCode = "200",
      description = "The report's figures as CSV",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @GET
  @Path("{id}/csv")
  @Produces("text/csv")
  public Response csv(@PathParam("id") long id) {
    ReportDocument report = reports.get(caller, id, "export-csv");
    return Response.ok(ReportCsv.write(report), "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + report.reference().toLowerCase() + ".csv\"")
        .build();
  }

  /** The printable report with its charts. */
  @APIResponse(
      responseCode = "200",
      description = "The printable report",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") long id) {
    ReportDocument report = reports.get(caller, id, "export-pdf");
    return Response.ok(ReportPdf.write(report), "application/pdf")
        .header(
            "Content-Disposition",
            "inline; filename=\"" + report.reference().toLowerCase() + ".pdf\"")
        .build();
  }

  /** Draws a draft's figures up again (409 once it is under review or acknowledged). */
  @POST
  @Path("{id}/refresh")
  public ReportJson refresh(@PathParam("id") long id) {
    return ReportJson.of(reports.refresh(caller, id));
  }
}
