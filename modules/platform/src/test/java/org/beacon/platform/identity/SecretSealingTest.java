package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretSealingTest {

  private static String key() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void withAKeyTheSecretIsSealedAndOpensAgain() {
    SecretSealing sealing = new SecretSealing(Optional.of(key()));
    String secret = TotpCodes.newSecret();
    String stored = sealing.seal(secret);
    assertThat(stored).startsWith("v1:").doesNotContain(secret);
    assertThat(sealing.seal(secret)).as("a fresh IV each time").isNotEqualTo(stored);
    assertThat(sealing.open(stored)).isEqualTo(secret);
  }

  @Test
  void anotherKeyOrNoKeyCannotOpenASealedSecret() {
    String stored = new SecretSealing(Optional.of(key())).seal("JBSWY3DPEHPK3PXP");
    assertThatThrownBy(() -> new SecretSealing(Optional.of(key())).open(stored))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SecretSealing(Optional.empty()).open(stored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BEACON_2FA_KEY");
  }

  @Test
  void withoutAKeyTheSecretIsStoredAsItIsAndStillReadOnceAKeyIsSet() {
    String stored = new SecretSealing(Optional.empty()).seal("JBSWY3DPEHPK3PXP");
    assertThat(stored).isEqualTo("plain:JBSWY3DPEHPK3PXP");
    assertThat(new SecretSealing(Optional.of(key())).open(stored)).isEqualTo("JBSWY3DPEHPK3PXP");
  }

  @Test
  void aKeyOfTheWrongSizeIsRefusedAtOnce() {
    assertThatThrownBy(
            () -> new SecretSealing(Optional.of(Base64.getEncoder().encodeToString(new byte[16]))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }
}
