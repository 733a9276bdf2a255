package org.beacon.allegations.web;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.beacon.allegations.application.AllegationRaising;
import org.beacon.allegations.application.AllegationRecords;
import org.beacon.allegations.application.RaiseAllegation;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationStatus;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.CaseCreated;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.SchoolTime;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/allegations}: raise an allegation against a member of staff (anyone signed in), and
 * read the allegations the caller needs to know about. The human tasks of each case are worked
 * through {@code /api/tasks}.
 */
@Path("allegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AllegationResource {

  static final int MAX_SIZE = 200;
  private static final ZoneId SCHOOL_ZONE = SchoolTime.ZONE;

  @Inject AllegationRaising raising;
  @Inject AllegationRecords records;
  @Inject Caller caller;
  @Context UriInfo uri;


  @APIResponse(responseCode = "201", description = "Raised: its reference (ids of allegations are never shown); Location is its address", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseCreated.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response raise(RaiseAllegation request) {
    Allegation allegation = raising.raise(caller, request);
    return CaseCreated.response(uri, allegation.reference(), null, allegation.reference());
  }

  @GET
  public List<AllegationSummary> list(
      @QueryParam("status") String status,
      @QueryParam("accused") String accused,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Map<String, String> errors = new TreeMap<>();
    AllegationStatus wantedStatus = status(status, errors);
    Instant fromDay = day(from, "from", errors, false);
    Instant toDay = day(to, "to", errors, true);
    int p = page == null ? 0 : page;
    int s = size == null ? 50 : size;
    if (p < 0) {
      errors.put("page", "must be 0 or more");
    }
    if (s < 1 || s > MAX_SIZE) {
      errors.put("size", "must be between 1 and " + MAX_SIZE);
    }
    if (!errors.isEmpty()) {
      throw BeaconProblem.invalid("Invalid allegations query", errors);
    }
    AllegationRecords.Filter filter =
        new AllegationRecords.Filter(wantedStatus, accused == null || accused.isBlank() ? null : accused.trim(), fromDay, toDay);
    return records.list(caller, filter, p, s).stream().map(AllegationSummary::of).toList();
  }

  @GET
  @Path("{id}")
  public AllegationDetail get(@PathParam("id") String id) {
    return AllegationDetail.of(records.get(caller, id));
  }

  private static AllegationStatus status(String text, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return AllegationStatus.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      errors.put("status", "is not a known status");
      return null;
    }
  }

  /** A day in school time; {@code to} is inclusive, so it means the start of the next day. */
  private static Instant day(String text, String field, Map<String, String> errors, boolean endOfDay) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(text.trim());
      return (endOfDay ? day.plusDays(1) : day).atStartOfDay(SCHOOL_ZONE).toInstant();
    } catch (DateTimeParseException e) {
      errors.put(field, "must be a date as YYYY-MM-DD");
      return null;
    }
  }
}
