package org.beacon.launcher;

/**
 * A setting that stops Beacon before Payara Micro starts, with a message that says what to fix. The
 * message never holds a password or key material.
 */
final class LaunchFailure extends Exception {

  LaunchFailure(String message) {
    super(message);
  }

  LaunchFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
