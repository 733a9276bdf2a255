package org.beacon.filtering.application.logs;

/** The log as a whole cannot be read, e.g. a CSV without its header; nothing is imported. */
public final class UnreadableLog extends RuntimeException {

  public UnreadableLog(String message) {
    super(message, null, false, false);
  }
}
