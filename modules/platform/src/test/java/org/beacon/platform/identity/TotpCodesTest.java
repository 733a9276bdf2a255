package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpCodesTest {

  /** The RFC 6238 appendix B seeds, in the Base32 that authenticator apps are given. */
  private static String seed(String ascii) {
    return new Base32().encodeToString(ascii.getBytes(StandardCharsets.US_ASCII)).replace("=", "");
  }

  private static final String SHA1_SEED = seed("12345678901234567890");
  private static final String SHA256_SEED = seed("12345678901234567890123456789012");
  private static final String SHA512_SEED =
      seed("1234567890123456789012345678901234567890123456789012345678901234");

  @ParameterizedTest(name = "T = {0}: {1} / {2} / {3}")
  @CsvSource({
    "59, 94287082, 46119246, 90693936",
    "1111111109, 07081804, 68084774, 25091201",
    "1111111111, 14050471, 67062674, 99943326",
    "1234567890, 89005924, 91819424, 93441116",
    "2000000000, 69279037, 90698825, 38618901",
    "20000000000, 65353130, 77737706, 47863826"
  })
  void codesMatchTheTestVectorsOfRfc6238(long seconds, String sha1, String sha256, String sha512) {
    long step = TotpCodes.step(Instant.ofEpochSecond(seconds));
    assertThat(
            new TotpCodes(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 8))
                .codeAt(SHA1_SEED, step))
        .isEqualTo(sha1);
    assertThat(
            new TotpCodes(new DefaultCodeGenerator(HashingAlgorithm.SHA256, 8))
                .codeAt(SHA256_SEED, step))
        .isEqualTo(sha256);
    assertThat(
            new TotpCodes(new DefaultCodeGenerator(HashingAlgorithm.SHA512, 8))
                .codeAt(SHA512_SEED, step))
        .isEqualTo(sha512);
  }

  @Test
  void theDefaultsAreWhatAuthenticatorAppsUseSixDigitsOfSha1() {
    // RFC 6238's SHA-1 vector at T = 59 is 94287082; six digits are its last six.
    assertThat(new TotpCodes().codeAt(SHA1_SEED, TotpCodes.step(Instant.ofEpochSecond(59))))
        .isEqualTo("287082");
  }

  @Test
  void aCodeOneStepEitherSideOfNowIsAcceptedAndTwoStepsAreNot() {
    TotpCodes totp = new TotpCodes();
    String secret = TotpCodes.newSecret();
    Instant now = Instant.parse("2026-12-03T10:00:15Z");
    long current = TotpCodes.step(now);
    assertThat(totp.match(secret, totp.codeAt(secret, current), now, 0)).hasValue(current);
    assertThat(totp.match(secret, totp.codeAt(secret, current - 1), now, 0)).hasValue(current - 1);
    assertThat(totp.match(secret, totp.codeAt(secret, current + 1), now, 0)).hasValue(current + 1);
    assertThat(totp.match(secret, totp.codeAt(secret, current - 2), now, 0)).isEmpty();
    assertThat(totp.match(secret, totp.codeAt(secret, current + 2), now, 0)).isEmpty();
  }

  @Test
  void aCodeOfAStepAlreadyAcceptedIsNeverAcceptedAgain() {
    TotpCodes totp = new TotpCodes();
    String secret = TotpCodes.newSecret();
    Instant now = Instant.parse("2026-12-03T10:00:15Z");
    long current = TotpCodes.step(now);
    String code = totp.codeAt(secret, current);
    long accepted = totp.match(secret, code, now, 0).orElseThrow();
    assertThat(totp.match(secret, code, now, accepted)).isEmpty();
    // Nor an older code still inside the window, once a later one was used.
    assertThat(totp.match(secret, totp.codeAt(secret, current - 1), now, accepted)).isEmpty();
    // The next step's code still works.
    assertThat(totp.match(secret, totp.codeAt(secret, current + 1), now, accepted))
        .hasValue(current + 1);
  }

  @Test
  void anotherSecretsCodeOrTextThatIsNotSixDigitsIsRefused() {
    TotpCodes totp = new TotpCodes();
    String secret = TotpCodes.newSecret();
    Instant now = Instant.parse("2026-12-03T10:00:15Z");
    String other = totp.codeAt(TotpCodes.newSecret(), TotpCodes.step(now));
    String mine = totp.codeAt(secret, TotpCodes.step(now));
    if (!other.equals(mine)) {
      assertThat(totp.match(secret, other, now, 0)).isEmpty();
    }
    assertThat(totp.match(secret, "12345", now, 0)).isEmpty();
    assertThat(totp.match(secret, "abcdef", now, 0)).isEmpty();
    assertThat(totp.match(secret, null, now, 0)).isEmpty();
    assertThat(totp.match(secret, mine.substring(0, 3) + " " + mine.substring(3), now, 0))
        .isPresent();
  }

  @Test
  void newSecretsAre160BitsOfBase32() {
    String secret = TotpCodes.newSecret();
    assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
    assertThat(TotpCodes.newSecret()).isNotEqualTo(secret);
  }
}
