package org.beacon.governance.domain.policy;

/** A policy or version was asked to change in a way its state does not allow. */
public class PolicyStateException extends RuntimeException {
  public PolicyStateException(String message) {
    super(message);
  }
}
