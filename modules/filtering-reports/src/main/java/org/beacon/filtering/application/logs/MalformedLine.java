package org.beacon.filtering.application.logs;

/**
 * Thrown for a line that is not a request in the log's format; the import counts it and goes on.
 */
public final class MalformedLine extends Exception {

  public MalformedLine(String reason) {
    super(reason, null, false, false);
  }
}
