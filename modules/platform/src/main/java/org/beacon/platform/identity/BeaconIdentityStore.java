package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beacon.platform.api.Role;

/**
 * Checks a username and password against the users in Beacon's database and yields the user's
 * roles as groups. A successful check is remembered for a few minutes (by a salted digest, never
 * the password) so that API clients sending HTTP Basic on every request do not pay PBKDF2 each time.
 */
@ApplicationScoped
public class BeaconIdentityStore implements IdentityStore {

  @Inject Directory directory;
  @Inject PasswordHashing passwords;
  @Inject VerifiedCredentials verified;

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
    boolean valid =
        verified.contains(username, found.passwordHash(), password)
            || passwords.verify(password, found.passwordHash());
    if (!valid) {
      return Optional.empty();
    }
    verified.remember(username, found.passwordHash(), password);
    return Optional.of(found);
  }

  static Set<String> groups(Set<Role> roles) {
    return roles.stream().map(Role::id).collect(Collectors.toUnmodifiableSet());
  }
}
