package org.beacon.filtering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.beacon.filtering.application.FilteringChecks;
import org.beacon.filtering.application.FilteringSettings;
import org.beacon.filtering.application.RecordCheck;
import org.beacon.filtering.domain.FilteringCheck;
import org.beacon.platform.api.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/filtering/checks}: the log of filtering checks. */
@Path("filtering/checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FilteringCheckResource {

  @Inject FilteringChecks checks;
  @Inject Caller caller;
  @Context UriInfo uri;

  /** A recorded check. */
  public record CheckRow(
      long id,
      Instant checkedAt,
      String checkedBy,
      String device,
      String tested,
      String result,
      String resultDetail,
      String actionTaken,
      String recordedBy,
      Instant recordedAt) {}

  @APIResponse(responseCode = "201", description = "The check as recorded; Location is its address", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CheckRow.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(RecordCheck check) {
    FilteringCheck stored = checks.record(caller, check);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build())
        .entity(row(stored))
        .build();
  }

  /** Checks done from {@code from} to {@code to} (school days, both included), newest first. */
  @GET
  public List<CheckRow> list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Map<String, String> errors = new TreeMap<>();
    Instant fromDay = day(from, "from", errors, false);
    Instant toDay = day(to, "to", errors, true);
    Paging paging = Paging.of(page, size, errors);
    Paging.refuse("Invalid checks query", errors);
    return checks.list(caller, fromDay, toDay, paging.page(), paging.size()).stream()
        .map(FilteringCheckResource::row)
        .toList();
  }

  private static CheckRow row(FilteringCheck c) {
    return new CheckRow(
        c.id(), c.checkedAt(), c.checkedBy(), c.device(), c.tested(), c.passed() ? "passed" : "failed",
        c.resultDetail(), c.actionTaken(), c.recordedBy(), c.recordedAt());
  }

  private static Instant day(String text, String field, Map<String, String> errors, boolean endOfDay) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(text.trim());
      return (endOfDay ? day.plusDays(1) : day).atStartOfDay(FilteringSettings.SCHOOL_ZONE).toInstant();
    } catch (DateTimeParseException e) {
      errors.put(field, "must be a date as YYYY-MM-DD");
      return null;
    }
  }
}
