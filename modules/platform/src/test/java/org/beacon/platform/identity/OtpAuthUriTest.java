package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class OtpAuthUriTest {

  @Test
  void theUriNamesBeaconTheUsernameAndTheSecret() {
    assertThat(OtpAuthUri.of("dana.lead", "JBSWY3DPEHPK3PXP"))
        .isEqualTo(
            "otpauth://totp/Beacon:dana.lead?secret=JBSWY3DPEHPK3PXP&issuer=Beacon&algorithm=SHA1&digits=6&period=30");
    assertThat(OtpAuthUri.of("a b@school", "X"))
        .startsWith("otpauth://totp/Beacon:a%20b%40school?");
  }

  @Test
  void theQrCodeIsAnSvgImageWithoutScript() {
    String data = OtpAuthUri.qrCodeDataUri(OtpAuthUri.of("dsl", TotpCodes.newSecret()));
    assertThat(data).startsWith("data:image/svg+xml;base64,");
    String svg =
        new String(
            Base64.getDecoder().decode(data.substring(data.indexOf(',') + 1)),
            StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<svg").contains("<path").doesNotContain("<script");
    // A QR code of a URI this long is at least version 5 (37 modules) plus the quiet zone.
    assertThat(svg).containsPattern("viewBox=\"0 0 (4[5-9]|[5-9]\\d) ");
  }
}
