package org.beacon.platform.rest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body, read strictly, so that Beacon can check every file of a
 * deployment before the engine sees it. The engine is then handed the parts as read here, written
 * out afresh with a new boundary: it deploys exactly what was checked, whatever its own parser
 * would have made of an odd original.
 */
final class MultipartBody {

  /** One part: its form field name, its file name (null for a plain field) and its bytes. */
  record Part(String name, String fileName, byte[] content) {}

  /** Why a body was refused, in words for the person who sent it. */
  static final class Malformed extends Exception {
    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  private static final Pattern BOUNDARY =
      Pattern.compile(
          "(?i)^multipart/form-data\\s*;(?:.*;)?\\s*boundary=(\"?)([0-9A-Za-z'()+_,./:=? -]{1,70})\\1\\s*(?:;.*)?$");
  private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"\\r\\n]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("(?i);\\s*filename=\"([^\"\\r\\n]*)\"");
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
  private static final SecureRandom RANDOM = new SecureRandom();

  private final List<Part> parts;

  private MultipartBody(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  List<Part> parts() {
    return parts;
  }

  static boolean isMultipart(String contentType) {
    return contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  /** Reads the body; anything but plain, well-formed form data is refused. */
  static MultipartBody read(String contentType, byte[] body) throws Malformed {
    Matcher boundary = contentType == null ? null : BOUNDARY.matcher(contentType.trim());
    if (boundary == null || !boundary.matches()) {
      throw new Malformed("a deployment is sent as multipart/form-data with a boundary");
    }
    byte[] delimiter = ("\r\n--" + boundary.group(2).trim()).getBytes(StandardCharsets.ISO_8859_1);
    byte[] data = concat(CRLF, body);
    int at = indexOf(data, delimiter, 0);
    if (at < 0) {
      throw new Malformed("the body has no part");
    }
    List<Part> parts = new ArrayList<>();
    while (true) {
      int afterDelimiter = at + delimiter.length;
      if (startsWith(data, afterDelimiter, new byte[] {'-', '-'})) {
        return new MultipartBody(parts);
      }
      if (!startsWith(data, afterDelimiter, CRLF)) {
        throw new Malformed("a part boundary is not followed by a line break");
      }
      int headersStart = afterDelimiter + CRLF.length;
      int headersEnd = indexOf(data, HEADER_END, headersStart);
      if (headersEnd < 0) {
        throw new Malformed("a part has no end of its headers");
      }
      int next = indexOf(data, delimiter, headersEnd + HEADER_END.length);
      if (next < 0) {
        throw new Malformed("the body ends without its closing boundary");
      }
      String headers =
          new String(data, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      byte[] content = Arrays.copyOfRange(data, headersEnd + HEADER_END.length, next);
      parts.add(part(headers, content));
      at = next;
    }
  }

  private static Part part(String headers, byte[] content) throws Malformed {
    String disposition = null;
    for (String line : headers.split("\r\n", -1)) {
      if (line.isEmpty() || line.startsWith(" ") || line.startsWith("\t") || !line.contains(":")) {
        throw new Malformed("a part has a header that is not one plain line");
      }
      String name = line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(line.indexOf(':') + 1).trim();
      switch (name) {
        case "content-disposition" -> {
          if (disposition != null) {
            throw new Malformed("a part has two Content-Disposition headers");
          }
          disposition = value;
        }
        case "content-type" -> {}
        default ->
            throw new Malformed(
                "a part has the header " + name + ", which a deployment does not need");
      }
    }
    if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
      throw new Malformed("every part needs Content-Disposition: form-data");
    }
    if (disposition.toLowerCase(Locale.ROOT).contains("filename*")) {
      throw new Malformed("a part's file name must be given as filename=\"...\"");
    }
    Optional<String> name = single(NAME, disposition);
    if (name.isEmpty() || name.get().isBlank()) {
      throw new Malformed("every part needs one name");
    }
    String fileName =
        disposition.toLowerCase(Locale.ROOT).contains("filename")
            ? single(FILE_NAME, disposition)
                .orElseThrow(
                    () ->
                        new Malformed("a part's file name must be given once, as filename=\"...\""))
            : null;
    return new Part(name.get(), fileName, content);
  }

  private static Optional<String> single(Pattern pattern, String text) throws Malformed {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    String value = matcher.group(1);
    if (matcher.find()) {
      throw new Malformed("a part names a value twice in its Content-Disposition");
    }
    return Optional.of(value);
  }

  /** The content type to send with {@link #write(String)}: form data with this boundary. */
  static String contentType(String boundary) {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** A boundary that no part contains. */
  String newBoundary() {
    while (true) {
      byte[] random = new byte[16];
      RANDOM.nextBytes(random);
      String boundary = "BeaconChecked" + HexFormat.of().formatHex(random);
      byte[] bytes = boundary.getBytes(StandardCharsets.ISO_8859_1);
      if (parts.stream().noneMatch(p -> indexOf(p.content(), bytes, 0) >= 0)) {
        return boundary;
      }
    }
  }

  /** The parts written out again, as the engine will read them. */
  byte[] write(String boundary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part part : parts) {
      StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
      if (part.fileName() != null) {
        head.append("; filename=\"").append(part.fileName()).append('"');
        head.append("\r\nContent-Type: application/octet-stream");
      }
      head.append("\r\n\r\n");
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(part.content());
      out.writeBytes(CRLF);
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }

  private static boolean startsWith(byte[] data, int from, byte[] prefix) {
    return from + prefix.length <= data.length
        && Arrays.equals(data, from, from + prefix.length, prefix, 0, prefix.length);
  }

  static int indexOf(byte[] data, byte[] wanted, int from) {
    outer:
    for (int i = Math.max(0, from); i <= data.length - wanted.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (data[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
