package org.beacon.governance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import org.beacon.governance.application.LiveStatistics;
import org.beacon.governance.application.RequestedPeriod;
import org.beacon.platform.api.Caller;

/** {@code /api/governance/statistics?from=&to=}: live anonymised figures for the dashboard. */
@Path("governance/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

  @Inject LiveStatistics statistics;
  @Inject Caller caller;

  /** The figures of a period, computed now. */
  public record StatisticsJson(
      Instant from, Instant to, LocalDate firstDay, LocalDate lastDay, FiguresJson figures) {}

  @GET
  public StatisticsJson figures(@QueryParam("from") String from, @QueryParam("to") String to) {
    RequestedPeriod period = RequestedPeriod.parse(from, to);
    return new StatisticsJson(
        period.period().from(),
        period.period().to(),
        period.firstDay(),
        period.lastDay(),
        FiguresJson.of(statistics.figures(caller, period)));
  }
}
