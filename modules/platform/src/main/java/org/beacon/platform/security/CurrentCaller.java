package org.beacon.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;

/** Produces the {@link Caller} of the current request from the container's security context. */
@RequestScoped
public class CurrentCaller {

  @Inject SecurityContext security;

  @Produces
  public Caller caller() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      throw BeaconProblem.unauthenticated();
    }
    Set<Role> roles =
        Arrays.stream(Role.values())
            .filter(r -> security.isCallerInRole(r.id()))
            .collect(Collectors.toUnmodifiableSet());
    return new Caller(principal.getName(), roles);
  }
}
