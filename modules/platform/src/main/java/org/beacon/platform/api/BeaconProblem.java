package org.beacon.platform.api;

import java.util.Map;

/**
 * A request Beacon refuses, with the HTTP status it answers and, for bad input, what is wrong with
 * each field. The platform turns it into the JSON error body; modules throw it and never build
 * error responses themselves.
 */
public class BeaconProblem extends RuntimeException {

  private final int status;
  private final Map<String, String> fields;

  private BeaconProblem(int status, String message, Map<String, String> fields) {
    super(message, null, false, false);
    this.status = status;
    this.fields = Map.copyOf(fields);
  }

  /** 400: the input is wrong; {@code fields} names each bad field and why. */
  public static BeaconProblem invalid(String message, Map<String, String> fields) {
    return new BeaconProblem(400, message, fields);
  }

  /** 401: nobody is signed in where someone must be. */
  public static BeaconProblem unauthenticated() {
    return new BeaconProblem(401, "Sign in to use Beacon", Map.of());
  }

  /** 403: the caller is signed in but may not do this. */
  public static BeaconProblem forbidden(String message) {
    return new BeaconProblem(403, message, Map.of());
  }

  /** 404: there is no such thing (or the caller may not know that there is). */
  public static BeaconProblem notFound(String message) {
    return new BeaconProblem(404, message, Map.of());
  }

  /** 409: the request clashes with the current state, e.g. a task someone else holds. */
  public static BeaconProblem conflict(String message) {
    return new BeaconProblem(409, message, Map.of());
  }

  /**
   * 409, naming the fields whose values clash (a name someone else has, the last administrator).
   */
  public static BeaconProblem conflict(String message, Map<String, String> fields) {
    return new BeaconProblem(409, message, fields);
  }

  /** 413: what was sent is larger than Beacon accepts; {@code fields} names the field. */
  public static BeaconProblem tooLarge(String message, Map<String, String> fields) {
    return new BeaconProblem(413, message, fields);
  }

  public int status() {
    return status;
  }

  public Map<String, String> fields() {
    return fields;
  }
}
