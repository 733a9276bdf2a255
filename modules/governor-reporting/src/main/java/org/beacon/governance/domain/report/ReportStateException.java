package org.beacon.governance.domain.report;

/** A report was asked to change in a way its state does not allow, e.g. once acknowledged. */
public class ReportStateException extends RuntimeException {
  public ReportStateException(String message) {
    super(message);
  }
}
