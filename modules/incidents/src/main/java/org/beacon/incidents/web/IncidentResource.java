package org.beacon.incidents.web;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.beacon.incidents.application.ImmediateRiskRaising;
import org.beacon.incidents.application.IncidentDetail;
import org.beacon.incidents.application.IncidentLog;
import org.beacon.incidents.application.IncidentReference;
import org.beacon.incidents.application.IncidentReporting;
import org.beacon.incidents.application.IncidentSummary;
import org.beacon.incidents.application.IncidentTypes;
import org.beacon.incidents.application.ReportIncident;
import org.beacon.incidents.domain.Classification;
import org.beacon.incidents.domain.IncidentRepository.IncidentQuery;
import org.beacon.incidents.domain.IncidentStatus;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseCreated;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.PageRequest;
import org.beacon.platform.api.SchoolTime;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/incidents}: report an incident, and the incident log. */
@Path("incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

  static final int MAX_SIZE = 200;

  /**
   * What a member of staff sends to report an incident; {@code incidentType} is one of {@code GET
   * types}.
   */
  static final String REPORT_EXAMPLE =
      "{\"occurredAt\": \"2026-11-20T10:15\", \"location\": \"Room 12\","
          + " \"device\": {\"ownership\": \"school\", \"identifier\": \"LAPTOP-22\"},"
          + " \"description\": \"A pupil showed others a violent video during the lesson\","
          + " \"urls\": [\"https://video.example/watch?v=1\"],"
          + " \"pupils\": [{\"reference\": \"P-1042\", \"yearGroup\": \"Year 8\"}],"
          + " \"staff\": [{\"username\": \"staff\"}],"
          + " \"incidentType\": \"other\", \"incidentTypeOther\": \"Violent video shown to others\","
          + " \"immediateRisk\": false}";

  @Inject IncidentReporting reporting;
  @Inject IncidentLog log;
  @Inject IncidentTypes types;
  @Inject ImmediateRiskRaising immediateRisk;
  @Inject Caller caller;
  @Context UriInfo uri;

  @APIResponse(
      responseCode = "201",
      description =
          "Reported: its id and reference, and the incident flow has started; Location is its address",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CaseCreated.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response report(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = ReportIncident.class),
                      examples =
                          @ExampleObject(
                              name = "video in a lesson",
                              summary = "A pupil was shown an unsuitable video on a school laptop",
                              value = REPORT_EXAMPLE)))
          ReportIncident report) {
    IncidentReference incident = reporting.report(caller, report);
    return CaseCreated.response(
        uri, String.valueOf(incident.id()), incident.id(), incident.reference());
  }

  /** The incident types to choose from when reporting. */
  @GET
  @Path("types")
  public List<String> types() {
    return types.all();
  }

  @GET
  public List<IncidentSummary> list(
      @QueryParam("status") String status,
      @QueryParam("classification") String classification,
      @QueryParam("type") String type,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    FieldErrors errors = new FieldErrors();
    IncidentStatus wantedStatus = errors.enumValue(status, IncidentStatus.class, "status");
    Classification wantedClassification =
        errors.enumValue(classification, Classification.class, "classification");
    Instant fromDay = SchoolTime.startOfDay(from, "from", errors);
    Instant toDay = SchoolTime.endOfDay(to, "to", errors);
    PageRequest paging = PageRequest.of(page, size, errors);
    errors.throwIfAny("Invalid incident log query");
    IncidentQuery query =
        new IncidentQuery(
            null,
            wantedStatus,
            wantedClassification,
            blankToNull(type),
            fromDay,
            toDay,
            null,
            null);
    return log.list(caller, query, paging.page(), paging.size());
  }

  @GET
  @Path("{id}")
  public IncidentDetail get(@PathParam("id") String id) {
    return log.get(caller, id);
  }

  /** What the DSL learned that puts a child at immediate risk. @param reason why, for the record */
  public record RaiseImmediateRisk(String reason) {}

  /** The DSL raises immediate risk on an open incident: the police contact step opens at once. */
  @POST
  @Path("{id}/immediate-risk")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> raiseImmediateRisk(
      @PathParam("id") String id, RaiseImmediateRisk body) {
    IncidentReference incident =
        immediateRisk.raise(caller, id, body == null ? null : body.reason());
    return Map.of("reference", incident.reference(), "immediateRisk", true);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
