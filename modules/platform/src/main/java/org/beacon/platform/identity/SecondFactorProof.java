package org.beacon.platform.identity;

import jakarta.security.enterprise.credential.Credential;

/**
 * Handed to {@link BeaconAuthenticationMechanism} by {@link SessionResource} once a person whose
 * password was accepted has also given a good code: it completes that sign-in. Only this package
 * can make one, after checking the code; the mechanism trusts nothing else of the kind.
 */
final class SecondFactorProof implements Credential {

  private final String username;

  SecondFactorProof(String username) {
    this.username = username;
  }

  String username() {
    return username;
  }
}
