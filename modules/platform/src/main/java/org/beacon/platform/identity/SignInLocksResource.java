package org.beacon.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/sign-in-locks}: the accounts and client addresses locked after too many failed
 * sign-ins, for administrators. {@code DELETE /api/sign-in-locks/{username}} lifts an account's
 * lock and clears its count; {@code DELETE /api/sign-in-locks/address/{address}} an address's.
 * Every call is audited.
 */
@Path("sign-in-locks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SignInLocksResource {

  @Inject SignInThrottle throttle;
  @Inject AuditLog audit;
  @Inject Caller caller;

  /** A lock in force: {@code key} is {@code account:<username>} or {@code address:<ip>}. */
  public record LockView(String key, int failures, String lockedUntil) {}

  @GET
  public List<LockView> locks() {
    adminOnly("list", "all");
    audit.allowed("list", "sign-in-lock", "all");
    return throttle.locks().stream()
        .map(l -> new LockView(l.key(), l.failures(), l.lockedUntil().toString()))
        .toList();
  }

  @APIResponse(responseCode = "204", description = "Unlocked (or was not locked)")
  @DELETE
  @Path("{username}")
  public Response unlockAccount(@PathParam("username") String username) {
    adminOnly("unlock", username);
    boolean lifted = throttle.lift(username);
    audit.allowed(
        "unlock",
        "sign-in-lock",
        username,
        lifted ? "lock lifted, failures cleared" : "nothing to lift");
    return Response.noContent().build();
  }

  @APIResponse(responseCode = "204", description = "Unlocked (or was not locked)")
  @DELETE
  @Path("address/{address}")
  public Response unlockAddress(@PathParam("address") String address) {
    adminOnly("unlock", "address:" + address);
    boolean lifted = throttle.liftAddress(address);
    audit.allowed(
        "unlock",
        "sign-in-lock",
        "address:" + address,
        lifted ? "lock lifted, failures cleared" : "nothing to lift");
    return Response.noContent().build();
  }

  private void adminOnly(String action, String id) {
    if (!caller.has(Role.ADMIN)) {
      audit.denied(action, "sign-in-lock", id, "administrators only");
      throw BeaconProblem.forbidden("Only an administrator can see or lift sign-in locks");
    }
  }
}
