package org.beacon.filtering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.beacon.filtering.application.FilteringWatchList;
import org.beacon.filtering.application.WatchListUpdate;
import org.beacon.filtering.domain.WatchEntry;
import org.beacon.platform.api.Caller;

/** {@code /api/filtering/watchlist}: the domains and categories whose allowed requests are flagged. */
@Path("filtering/watchlist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WatchListResource {

  @Inject FilteringWatchList watchList;
  @Inject Caller caller;

  /** The list, as the DSL sets it. */
  public record WatchList(List<String> domains, List<String> categories) {}

  @GET
  public WatchList get() {
    return of(watchList.get(caller));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public WatchList replace(WatchListUpdate update) {
    return of(watchList.replace(caller, update));
  }

  private static WatchList of(List<WatchEntry> entries) {
    return new WatchList(
        entries.stream().filter(e -> e.kind() == WatchEntry.Kind.DOMAIN).map(WatchEntry::value).toList(),
        entries.stream().filter(e -> e.kind() == WatchEntry.Kind.CATEGORY).map(WatchEntry::value).toList());
  }
}
