package org.beacon.filtering.application.logs;

/** A filter log format: turns one line into a {@link LogRecord}. */
public interface LogFormat {

  /** {@code squid} or {@code csv}. */
  String name();

  /**
   * @throws MalformedLine when the line is not a request in this format
   */
  LogRecord parse(long lineNumber, String line) throws MalformedLine;
}
