package org.beacon.filtering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.beacon.filtering.application.FilteringRules;
import org.beacon.filtering.application.FilteringRules.Rule;
import org.beacon.filtering.domain.RuleAction;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/filtering/rules}: the school's record of what is blocked or allowed and why, who
 * approved it and when. JSON by default; CSV with {@code ?format=csv} or {@code Accept: text/csv};
 * a plain list of domains, one per line, with {@code ?format=domains} or {@code Accept: text/plain}
 * (the rules in force with {@code action}, default block).
 */
@Path("filtering/rules")
@RequestScoped
public class FilteringRuleResource {

  static final MediaType CSV = new MediaType("text", "csv", "UTF-8");
  static final MediaType TEXT = new MediaType("text", "plain", "UTF-8");

  static final List<String> CSV_COLUMNS =
      List.of(
          "reference",
          "action",
          "patternType",
          "pattern",
          "scope",
          "yearGroups",
          "reason",
          "proposedBy",
          "proposedAt",
          "approvedBy",
          "approvedAt",
          "appliedBy",
          "appliedAt",
          "filterReference",
          "verified",
          "verifiedAt",
          "reportReference",
          "current");

  @Inject FilteringRules rules;
  @Inject Caller caller;
  @Context HttpHeaders headers;

  @APIResponse(
      responseCode = "200",
      description = "The rules: JSON, CSV or (format=domains) one domain a line",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = FilteringRules.Rule.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING))
      })
  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN})
  public Response rules(
      @QueryParam("format") String format,
      @QueryParam("action") String action,
      @QueryParam("current") Boolean current) {
    FieldErrors errors = new FieldErrors();
    RuleAction wanted = errors.lookup(action, "action", RuleAction::fromId, "block or allow");
    String representation = representation(format, errors);
    errors.throwIfAny("Invalid rules query");
    return switch (representation) {
      case "domains" ->
          Response.ok(
                  rules.domains(caller, wanted == null ? RuleAction.BLOCK : wanted).stream()
                      .map(d -> d + "\n")
                      .collect(Collectors.joining()),
                  TEXT)
              .build();
      case "csv" ->
          Response.ok(csv(rules.rules(caller, wanted, Boolean.TRUE.equals(current), "csv")), CSV)
              .header("Content-Disposition", "attachment; filename=\"filtering-rules.csv\"")
              .build();
      default ->
          Response.ok(
                  rules.rules(caller, wanted, Boolean.TRUE.equals(current), "json"),
                  MediaType.APPLICATION_JSON_TYPE)
              .build();
    };
  }

  /** {@code format} wins; otherwise the first of JSON, CSV and plain text the client accepts. */
  private String representation(String format, FieldErrors errors) {
    if (format != null && !format.isBlank()) {
      String f = format.trim().toLowerCase(Locale.ROOT);
      if (!List.of("json", "csv", "domains").contains(f)) {
        errors.put("format", "must be json, csv or domains");
      }
      return f;
    }
    for (MediaType accepted : headers.getAcceptableMediaTypes()) {
      if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return "json";
      }
      if (accepted.getType().equals("text") && accepted.getSubtype().equals("csv")) {
        return "csv";
      }
      if (accepted.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
        return "domains";
      }
    }
    return "json";
  }

  static String csv(List<Rule> rules) {
    StringBuilder out = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
    for (Rule r : rules) {
      out.append(
              Stream.of(
                      r.reference(),
                      r.action(),
                      r.patternType(),
                      r.pattern(),
                      r.scope(),
                      r.yearGroups(),
                      r.reason(),
                      r.proposedBy(),
                      r.proposedAt(),
                      r.approvedBy(),
                      r.approvedAt(),
                      r.appliedBy(),
                      r.appliedAt(),
                      r.filterReference(),
                      r.verified(),
                      r.verifiedAt(),
                      r.reportReference(),
                      r.current())
                  .map(FilteringRuleResource::cell)
                  .collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return out.toString();
  }

  /** One CSV cell: quoted when needed; text a spreadsheet would run as a formula is defused. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof Instant at ? at.toString() : Objects.toString(value);
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
