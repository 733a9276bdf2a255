package org.beacon.platform.bench;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseStatistics;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.Role;
import org.beacon.platform.api.SchoolTime;
import org.beacon.platform.config.BeaconSettings;

/**
 * {@code /api/bench}: what the benchmark harness ({@code bench/}) measures inside the server. It
 * does not exist (404) unless {@code BEACON_BENCH=true}, and then only for administrators: it
 * starts process instances in bulk, which belongs on a benchmark database only.
 */
@Path("bench")
@RequestScoped
public class BenchResource {

  static final int MAX_STARTS = 1_000_000;
  static final int MAX_THREADS = 256;

  @Inject RawStarts rawStarts;
  @Inject Caller caller;
  @Inject @Any Instance<CaseStatistics> statistics;

  BooleanSupplier enabled = () -> BeaconSettings.current().bench();

  /**
   * Starts {@code count} instances of {@code processDefinitionKey} with {@code variables} from
   * {@code threads} threads, each start in its own transaction, and answers how long that took.
   * Body: {@code {"processDefinitionKey", "count", "threads", "variables": {name: string, number or
   * boolean}}}; each instance gets the business key {@code businessKeyPrefix + n}.
   */
  @POST
  @Path("process-starts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public RawStarts.Result processStarts(JsonObject body) {
    if (!enabled.getAsBoolean()) {
      throw BeaconProblem.notFound("Not found");
    }
    if (!caller.has(Role.ADMIN)) {
      throw BeaconProblem.forbidden("The benchmark endpoint is for administrators only");
    }
    JsonObject request = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    String key = request.getString("processDefinitionKey", "");
    int count = request.getInt("count", 0);
    int threads = request.getInt("threads", 1);
    if (key.isBlank() || count < 1 || count > MAX_STARTS || threads < 1 || threads > MAX_THREADS) {
      throw BeaconProblem.invalid(
          "Give processDefinitionKey, count (1-"
              + MAX_STARTS
              + ") and threads (1-"
              + MAX_THREADS
              + ")",
          Map.of("body", "processDefinitionKey, count, threads"));
    }
    String prefix = request.getString("businessKeyPrefix", "BENCH-");
    return rawStarts.run(
        key, prefix, variables(request.getJsonObject("variables")), count, threads);
  }

  /**
   * Every module's governor figures for the school days {@code from} to {@code to} (inclusive,
   * YYYY-MM-DD), as exact counts before anonymising: {@code way=kept} as the statistics read them
   * (incidents from the counts kept per day), {@code way=scanned} from every case of the period
   * (the baseline). The harness times both and checks they are the same.
   */
  @GET
  @Path("governor-figures")
  @Produces(MediaType.APPLICATION_JSON)
  public GovernorFigures governorFigures(
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("way") String way) {
    if (!enabled.getAsBoolean()) {
      throw BeaconProblem.notFound("Not found");
    }
    if (!caller.has(Role.ADMIN)) {
      throw BeaconProblem.forbidden("The benchmark endpoint is for administrators only");
    }
    FieldErrors errors = new FieldErrors();
    Instant start = SchoolTime.startOfDay(from, "from", errors);
    Instant end = SchoolTime.endOfDay(to, "to", errors);
    boolean scanned = "scanned".equals(way);
    if (!scanned && !"kept".equals(way)) {
      errors.put("way", "must be kept or scanned");
    }
    if (start == null) {
      errors.put("from", SchoolTime.DAY_EXPECTED);
    }
    if (end == null) {
      errors.put("to", SchoolTime.DAY_EXPECTED);
    } else if (start != null && !start.isBefore(end)) {
      errors.put("to", "must not be before from");
    }
    errors.throwIfAny("Give from and to as YYYY-MM-DD and way as kept or scanned");
    CaseStatistics.Period period = new CaseStatistics.Period(start, end);
    long began = System.nanoTime();
    List<CaseStatistics.Figures> figures = new ArrayList<>();
    for (CaseStatistics module : statistics) {
      figures.add(scanned ? module.scannedFigures(period) : module.figures(period));
    }
    figures.sort(Comparator.comparing(CaseStatistics.Figures::module));
    return new GovernorFigures(way, (System.nanoTime() - began) / 1_000_000, figures);
  }

  /** A module's figures and how long all of them took, in milliseconds. */
  public record GovernorFigures(
      String way, long milliseconds, List<CaseStatistics.Figures> modules) {}

  static Map<String, Object> variables(JsonObject json) {
    Map<String, Object> variables = new HashMap<>();
    if (json == null) {
      return variables;
    }
    json.forEach(
        (name, value) -> {
          switch (value.getValueType()) {
            case STRING -> variables.put(name, ((JsonString) value).getString());
            case NUMBER -> {
              JsonNumber number = (JsonNumber) value;
              variables.put(
                  name, number.isIntegral() ? (Object) number.longValue() : number.doubleValue());
            }
            case TRUE -> variables.put(name, Boolean.TRUE);
            case FALSE -> variables.put(name, Boolean.FALSE);
            case NULL -> variables.put(name, null);
            default ->
                throw BeaconProblem.invalid(
                    "Variables are strings, numbers or booleans",
                    Map.of("variables." + name, "is not a plain value"));
          }
        });
    return variables;
  }
}
