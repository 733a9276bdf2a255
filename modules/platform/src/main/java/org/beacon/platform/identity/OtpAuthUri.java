package org.beacon.platform.identity;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * What an authenticator app scans: the {@code
 * otpauth://totp/Beacon:<username>?secret=…&issuer=Beacon} URI (Google Authenticator's key URI
 * format), and a QR code of it as an SVG {@code data:} URI, which the page shows as an image (the
 * content security policy allows {@code data:} images, and no script is involved).
 */
final class OtpAuthUri {

  static final String ISSUER = "Beacon";

  private OtpAuthUri() {}

  static String of(String username, String base32Secret) {
    return "otpauth://totp/"
        + ISSUER
        + ":"
        + encode(username)
        + "?secret="
        + base32Secret
        + "&issuer="
        + ISSUER
        + "&algorithm=SHA1&digits="
        + TotpCodes.DIGITS
        + "&period="
        + TotpCodes.PERIOD_SECONDS;
  }

  /** The URI as a QR code: an SVG of black squares on white, with the standard quiet zone. */
  static String qrCodeDataUri(String uri) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  uri,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4));
    } catch (WriterException e) {
      throw new IllegalStateException("The QR code could not be drawn", e);
    }
    int w = matrix.getWidth();
    int h = matrix.getHeight();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (matrix.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
            + w
            + " "
            + h
            + "\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\""
            + path
            + "\"/></svg>";
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
