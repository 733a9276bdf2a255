package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.EnumSet;
import java.util.Optional;
import org.beacon.platform.api.Role;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  /**
   * Written by Payara's own Pbkdf2PasswordHash (120,000 iterations) for "beacon-demo" before this
   * change.
   */
  private static final String PAYARA_120K =
      "PBKDF2WithHmacSHA256:120000:appvlnsBh3uKH7nxxSs43w==:KttvjHDdCzIzFtDVBsUWwj86iPKlHVnPCNR7rPF+/08=";

  private final PasswordHashing hashing = new PasswordHashing();

  @Test
  void aHashWrittenByTheServerAtTheOldCountStillVerifies() {
    assertThat(hashing.verify("beacon-demo".toCharArray(), PAYARA_120K)).isTrue();
    assertThat(hashing.verify("beacon-demo!".toCharArray(), PAYARA_120K)).isFalse();
    assertThat(hashing.needsRehash(PAYARA_120K)).isTrue();
  }

  @Test
  void newHashesUseSixHundredThousandIterationsAndNeedNoRehash() {
    String hash = hashing.hash("lantern orchard kettle".toCharArray());

    assertThat(hash).startsWith("PBKDF2WithHmacSHA256:600000:");
    assertThat(PasswordHashing.iterationsOf(hash)).isEqualTo(600_000);
    assertThat(hashing.needsRehash(hash)).isFalse();
    assertThat(hashing.verify("lantern orchard kettle".toCharArray(), hash)).isTrue();
  }

  @Test
  void somethingThatIsNotAHashVerifiesNothing() {
    assertThat(hashing.verify("x".toCharArray(), "plain")).isFalse();
    assertThat(hashing.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:abc:c2FsdA==:aGFzaA=="))
        .isFalse();
    assertThat(hashing.needsRehash("plain")).isTrue();
  }

  @Test
  void aSuccessfulSignInWithAnOldHashWritesItAgainAtTheCurrentCount() {
    BeaconUser head = new BeaconUser("head", "Harriet Head", PAYARA_120K, EnumSet.of(Role.HEAD));
    String[] stored = {PAYARA_120K};
    BeaconIdentityStore store = new BeaconIdentityStore();
    store.directory =
        new Directory() {
          @Override
          public Optional<BeaconUser> find(String username) {
            return Optional.of(head).filter(u -> u.username().equals(username));
          }
        };
    store.passwords = hashing;
    store.verified = new VerifiedCredentials();
    store.upgrade =
        new PasswordUpgrade() {
          @Override
          public boolean replace(String username, String verifiedHash, String newHash) {
            if (!stored[0].equals(verifiedHash)) {
              return false;
            }
            stored[0] = newHash;
            return true;
          }
        };

    CredentialValidationResult wrong =
        store.validate(new UsernamePasswordCredential("head", "wrong password"));
    assertThat(wrong.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
    assertThat(stored[0]).isEqualTo(PAYARA_120K);

    CredentialValidationResult right =
        store.validate(new UsernamePasswordCredential("head", "beacon-demo"));
    assertThat(right.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
    assertThat(stored[0]).startsWith("PBKDF2WithHmacSHA256:600000:");
    assertThat(hashing.verify("beacon-demo".toCharArray(), stored[0])).isTrue();
  }
}
