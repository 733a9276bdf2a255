package org.beacon.filtering.application.logs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a log line by line from a stream with two fixed buffers, whatever the size of the stream or
 * of a line: a line longer than {@link #MAX_LINE} bytes is returned cut short and marked, and the
 * rest of it is skipped without being held. Hashes every byte read (SHA-256), so the content hash
 * of a file is known when its last line has been read.
 */
public final class LineReader {

  /** Bytes asked of the stream per read. */
  public static final int BUFFER = 64 * 1024;

  /** Longest line kept; squid itself cuts URLs at 8 KB. */
  public static final int MAX_LINE = 16 * 1024;

  private final InputStream in;
  private final MessageDigest digest;
  private final byte[] buffer = new byte[BUFFER];
  private final byte[] line = new byte[MAX_LINE];
  private int position;
  private int limit;
  private boolean ended;
  private long bytes;
  private long number;

  public LineReader(InputStream in) {
    this.in = in;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * One line of the log.
   *
   * @param number its number, from 1
   * @param text its text without the line ending (UTF-8; bad bytes become U+FFFD)
   * @param tooLong it was longer than {@link #MAX_LINE} bytes and {@code text} is its start
   */
  public record Line(long number, String text, boolean tooLong) {}

  /** The next line, or null at the end of the stream. */
  public Line next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int start = position;
      int newline = -1;
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? limit : newline;
      int room = MAX_LINE - length;
      int take = Math.min(room, end - start);
      System.arraycopy(buffer, start, line, length, take);
      length += take;
      if (end - start > take) {
        tooLong = true;
      }
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    number++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    String text = new String(line, 0, length, StandardCharsets.UTF_8);
    if (number == 1 && text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new Line(number, text, tooLong);
  }

  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    int n = in.read(buffer, 0, BUFFER);
    while (n == 0) {
      n = in.read(buffer, 0, BUFFER);
    }
    if (n < 0) {
      ended = true;
      return false;
    }
    digest.update(buffer, 0, n);
    bytes += n;
    position = 0;
    limit = n;
    return true;
  }

  /** Bytes read so far. */
  public long bytes() {
    return bytes;
  }

  /** The SHA-256 of every byte of the stream, in hex; call once, at the end. */
  public String sha256() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
