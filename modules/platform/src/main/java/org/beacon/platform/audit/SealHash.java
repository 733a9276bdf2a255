package org.beacon.platform.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of one link of the audit chain: SHA-256 over a version tag, the previous seal's hash and
 * the event's fields. Every field is written with its length in front (a missing one as -1), so no
 * two different events give the same bytes: {@code ("ab", "c")} and {@code ("a", "bc")} differ, and
 * so do an empty detail and none.
 */
final class SealHash {

  /** The previous hash of the first seal. */
  static final String GENESIS = "0".repeat(64);

  /** Changes whenever the bytes hashed change, so old and new seals can never be confused. */
  private static final String VERSION = "beacon-audit-seal-v1";

  /** Always six fractional digits, always UTC: one text for one instant. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private SealHash() {}

  static String of(String previousHash, SealedFields event) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      text(out, VERSION);
      text(out, previousHash);
      out.writeLong(event.id());
      text(out, TIME.format(event.occurredAt()));
      text(out, event.actor());
      text(out, event.action());
      text(out, event.resourceType());
      text(out, event.resourceId());
      text(out, event.outcome());
      text(out, event.detail());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray()));
  }

  private static void text(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
