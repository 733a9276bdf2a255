package org.beacon.filtering.web;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.beacon.filtering.application.FilteringCase;
import org.beacon.filtering.application.FilteringReportDetail;
import org.beacon.filtering.application.FilteringReportLog;
import org.beacon.filtering.application.FilteringReporting;
import org.beacon.filtering.application.ReportUnsuitableSite;
import org.beacon.filtering.domain.ReportStatus;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseCreated;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/filtering/reports}: report an unsuitable site, and the reports. */
@Path("filtering/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FilteringReportResource {

  @Inject FilteringReporting reporting;
  @Inject FilteringReportLog log;
  @Inject Caller caller;
  @Context UriInfo uri;

  @APIResponse(
      responseCode = "201",
      description = "Reported: its id and reference; Location is its address",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CaseCreated.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response report(ReportUnsuitableSite report) {
    FilteringCase stored = reporting.report(caller, report);
    return CaseCreated.response(uri, stored.reference(), stored.id(), stored.reference());
  }

  @GET
  public List<FilteringReportDetail> list(
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    FieldErrors errors = new FieldErrors();
    ReportStatus wanted =
        errors.lookup(
            status,
            "status",
            s ->
                Arrays.stream(ReportStatus.values())
                    .filter(v -> v.name().equalsIgnoreCase(s.replace('-', '_')))
                    .findFirst(),
            "open, in_progress or closed");
    PageRequest paging = PageRequest.of(page, size, errors);
    errors.throwIfAny("Invalid report list query");
    return log.list(caller, wanted, paging.page(), paging.size());
  }

  @GET
  @Path("{id}")
  public FilteringReportDetail get(@PathParam("id") String id) {
    return log.get(caller, id.toUpperCase(Locale.ROOT));
  }
}
