package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.beacon.platform.api.Role;

/**
 * Checks a username and password against the users in Beacon's database and yields the user's roles
 * as groups. A successful check is remembered for a few minutes (by a keyed digest, never the
 * password) so that API clients sending HTTP Basic on every request do not pay PBKDF2 (600,000
 * iterations, about half a second) each time; the user's row is still read on every request, so
 * disabling a user or changing the password takes effect at once. A hash written at an older
 * iteration count is written again at the first full check that proves the password.
 */
@ApplicationScoped
public class BeaconIdentityStore implements IdentityStore {

  @Inject Directory directory;
  @Inject PasswordHashing passwords;
  @Inject VerifiedCredentials verified;
  @Inject PasswordUpgrade upgrade;

  private static final Logger LOG = Logger.getLogger(BeaconIdentityStore.class.getName());

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return check(credential)
        .map(found -> new CredentialValidationResult(found.username(), groups(found.roles())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  /** The enabled user these credentials prove, read from the database now. */
  Optional<BeaconUser> check(UsernamePasswordCredential credential) {
    String username = credential.getCaller();
    char[] password = credential.getPassword().getValue();
    var user = directory.find(username).filter(BeaconUser::enabled);
    if (user.isEmpty()) {
      passwords.verifyDecoy(password);
      return Optional.empty();
    }
    BeaconUser found = user.get();
    String hash = found.passwordHash();
    if (verified.contains(username, hash, password)) {
      return Optional.of(found);
    }
    // One full check per person at a time: fifty API calls arriving together with the same
    // credentials cost one PBKDF2 verification (600,000 iterations), not fifty; the others then
    // find it remembered.
    synchronized (checking.computeIfAbsent(username, u -> new Object())) {
      if (!verified.contains(username, hash, password)) {
        if (!passwords.verify(password, hash)) {
          return Optional.empty();
        }
        hash = upgraded(username, hash, password);
        verified.remember(username, hash, password);
      }
    }
    return Optional.of(found);
  }

  /** A monitor per username, for the check above; as many as people who signed in. */
  private final java.util.concurrent.ConcurrentMap<String, Object> checking =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A hash written at fewer iterations than today's is written again now; a failure only logs. */
  private String upgraded(String username, String hash, char[] password) {
    if (!passwords.needsRehash(hash)) {
      return hash;
    }
    String stronger = passwords.hash(password);
    try {
      if (upgrade.replace(username, hash, stronger)) {
        LOG.info(
            () ->
                "Password hash of '"
                    + username
                    + "' upgraded to "
                    + PasswordHashing.ITERATIONS
                    + " iterations");
        return stronger;
      }
    } catch (RuntimeException e) {
      LOG.warning(() -> "Password hash of '" + username + "' not upgraded, kept as it was: " + e);
    }
    return hash;
  }

  static Set<String> groups(Set<Role> roles) {
    return roles.stream().map(Role::id).collect(Collectors.toUnmodifiableSet());
  }
}
