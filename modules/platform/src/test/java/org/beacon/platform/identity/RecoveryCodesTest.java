package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

  @Test
  void tenDifferentCodesOfFourGroups() {
    List<String> codes = RecoveryCodes.generate();
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(codes)
        .allSatisfy(c -> assertThat(c).matches("([A-HJKMNP-Z2-9]{4}-){3}[A-HJKMNP-Z2-9]{4}"));
  }

  @Test
  void theDigestIgnoresCaseSpacesAndDashesAndNeverHoldsTheCode() {
    String code = RecoveryCodes.generate().get(0);
    String digest = RecoveryCodes.digest(code);
    assertThat(digest).hasSize(64).doesNotContain(RecoveryCodes.normalise(code));
    assertThat(RecoveryCodes.digest(code.toLowerCase().replace("-", " "))).isEqualTo(digest);
    assertThat(RecoveryCodes.digest(code.replace("-", ""))).isEqualTo(digest);
    assertThat(new HashSet<>(RecoveryCodes.generate().stream().map(RecoveryCodes::digest).toList()))
        .hasSize(10);
  }

  @Test
  void sixDigitsAreACodeFromTheAppNotARecoveryCode() {
    assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
    assertThat(RecoveryCodes.looksLikeOne("abcd-efgh-jkmn-pqrs")).isTrue();
  }
}
