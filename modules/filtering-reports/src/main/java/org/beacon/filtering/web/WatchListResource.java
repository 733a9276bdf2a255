package org.beacon.filtering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.beacon.filtering.application.FilteringWatchList;
import org.beacon.filtering.application.WatchList;
import org.beacon.filtering.application.WatchListUpdate;
import org.beacon.platform.api.Caller;

/**
 * {@code /api/filtering/watchlist}: the domains and categories whose allowed requests are flagged.
 */
@Path("filtering/watchlist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WatchListResource {

  @Inject FilteringWatchList watchList;
  @Inject Caller caller;

  @GET
  public WatchList get() {
    return watchList.get(caller);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public WatchList replace(WatchListUpdate update) {
    return watchList.replace(caller, update);
  }
}
