package org.beacon.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.beacon.platform.identity.BeaconAuthenticationMechanism;

/** Produces the {@link Caller} of the current request from the container's security context. */
@RequestScoped
public class CurrentCaller {

  @Inject SecurityContext security;
  @Inject HttpServletRequest request;

  @Produces
  public Caller caller() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      throw BeaconProblem.unauthenticated();
    }
    return new Caller(principal.getName(), roles());
  }

  /**
   * The roles Beacon's authentication mechanism gave the container for this request; asked of the
   * container role by role only where the mechanism did not run (seven role checks per request cost
   * a tenth of a task-list request).
   */
  private Set<Role> roles() {
    if (request.getAttribute(BeaconAuthenticationMechanism.CALLER_GROUPS)
        instanceof Set<?> groups) {
      return groups.stream()
          .map(group -> Role.fromId(String.valueOf(group)))
          .flatMap(Optional::stream)
          .collect(Collectors.toUnmodifiableSet());
    }
    return Arrays.stream(Role.values())
        .filter(r -> security.isCallerInRole(r.id()))
        .collect(Collectors.toUnmodifiableSet());
  }
}
