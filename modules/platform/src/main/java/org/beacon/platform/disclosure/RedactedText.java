package org.beacon.platform.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stored text with some of it hidden: the pieces a disclosure shows, in order, each either text
 * or a redaction (with its reason). The hidden text itself is in no piece.
 */
record RedactedText(List<Piece> pieces) {

  /**
   * A piece of a redacted text.
   *
   * @param text the text shown, null for a redaction
   * @param reason why it is hidden, null for text
   */
  record Piece(String text, String reason) {
    boolean redacted() {
      return text == null;
    }
  }

  /** A text to hide and why. */
  record Hidden(String text, String reason) {}

  /** Hides every occurrence (ignoring case) of each hidden text, longest first. */
  static RedactedText of(String original, List<Hidden> hidden) {
    List<Piece> pieces = new ArrayList<>();
    pieces.add(new Piece(original == null ? "" : original, null));
    List<Hidden> longestFirst =
        hidden.stream()
            .filter(h -> h.text() != null && !h.text().isBlank())
            .sorted((a, b) -> b.text().length() - a.text().length())
            .toList();
    for (Hidden h : longestFirst) {
      List<Piece> next = new ArrayList<>();
      for (Piece piece : pieces) {
        if (piece.redacted()) {
          next.add(piece);
          continue;
        }
        String text = piece.text();
        String lower = text.toLowerCase(Locale.ROOT);
        String needle = h.text().toLowerCase(Locale.ROOT);
        int from = 0;
        int at;
        while ((at = lower.indexOf(needle, from)) >= 0) {
          if (at > from) {
            next.add(new Piece(text.substring(from, at), null));
          }
          next.add(new Piece(null, h.reason()));
          from = at + needle.length();
        }
        if (from < text.length()) {
          next.add(new Piece(text.substring(from), null));
        }
      }
      pieces = next;
    }
    return new RedactedText(List.copyOf(pieces));
  }

  /** The text as plain text, each redaction a visible marker naming its reason. */
  String plain() {
    StringBuilder out = new StringBuilder();
    for (Piece piece : pieces) {
      out.append(piece.redacted() ? "[REDACTED: " + piece.reason() + "]" : piece.text());
    }
    return out.toString();
  }

  boolean anyRedacted() {
    return pieces.stream().anyMatch(Piece::redacted);
  }
}
