package org.beacon.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The answer to a POST that opened a case (an incident, an allegation, a filtering report...): 201,
 * its address, and its id and readable reference.
 *
 * @param id its id, left out for a case whose ids must not be seen (an allegation: ids are numbered
 *     in order, and a gap would tell of a case left out)
 * @param reference its readable reference
 */
public record CaseCreated(Long id, String reference) {

  /**
   * 201 Created with {@code Location} = the request's address + {@code /segment}.
   *
   * @param segment what identifies the case in its address: its id or its reference
   */
  public static Response response(UriInfo uri, String segment, Long id, String reference) {
    return Response.created(uri.getAbsolutePathBuilder().path(segment).build())
        .entity(new CaseCreated(id, reference))
        .build();
  }
}
