package org.beacon.filtering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.beacon.filtering.application.ImportRow;
import org.beacon.filtering.application.ImportSummary;
import org.beacon.filtering.application.LogImports;
import org.beacon.filtering.application.logs.LogScan;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/filtering/imports}: import a filter log, sent as the request body (squid's native
 * access.log, or CSV with the header timestamp,user,ip,url,action,category). The body is read as a
 * stream, line by line, never held whole.
 */
@Path("filtering/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LogImportResource {

  @Inject LogImports imports;
  @Inject Caller caller;
  @Context UriInfo uri;

  /**
   * @param name the file's name, for the record
   * @param format squid or csv; by default CSV when the body is text/csv or starts with the CSV
   *     header, otherwise squid
   */
  @APIResponse(
      responseCode = "201",
      description = "Imported; Location is its address",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ImportSummary.class)))
  @APIResponse(
      responseCode = "200",
      description =
          "This log was imported before (known by its hash): the earlier import's summary, nothing changed",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ImportSummary.class)))
  @POST
  @Consumes({MediaType.TEXT_PLAIN, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
  public Response importLog(
      InputStream body,
      @QueryParam("name") String name,
      @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
    FieldErrors errors = new FieldErrors();
    LogScan.Expect expect = expect(format, contentType, errors);
    if (name != null && name.length() > 255) {
      errors.put("name", "must be at most 255 characters");
    }
    errors.throwIfAny("Invalid import");
    ImportSummary summary =
        imports.importLog(
            caller, body, name == null || name.isBlank() ? null : name.trim(), expect);
    if (summary.importId() == null) {
      return Response.ok(summary).build();
    }
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(summary.importId())).build())
        .entity(summary)
        .build();
  }

  @GET
  public List<ImportRow> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    PageRequest paging = PageRequest.of(page, size);
    return imports.list(caller, paging.page(), paging.size());
  }

  private static LogScan.Expect expect(String format, String contentType, FieldErrors errors) {
    if (format != null && !format.isBlank()) {
      switch (format.trim().toLowerCase(Locale.ROOT)) {
        case "squid" -> {
          return LogScan.Expect.SQUID;
        }
        case "csv" -> {
          return LogScan.Expect.CSV;
        }
        default -> {
          errors.put("format", "must be squid or csv");
          return LogScan.Expect.EITHER;
        }
      }
    }
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv")
        ? LogScan.Expect.CSV
        : LogScan.Expect.EITHER;
  }
}
