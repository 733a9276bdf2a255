package org.beacon.platform.identity;

/**
 * Names other parts of Beacon share about two-factor sign-in: the session attribute that says a
 * second factor was proved, and the error a person who must enrol first is answered with.
 */
public final class TwoFactor {

  /**
   * Session attribute: {@link Boolean#TRUE} when this session's sign-in proved a second factor, by
   * a code here or by the identity provider asserting multi-factor sign-in (OpenID Connect sets
   * exactly this name). Such a session is never held back for enrolment.
   */
  public static final String SESSION_SATISFIED = "beacon.secondFactor";

  /** The {@code error} of the 403 answer to someone who must enrol before carrying on. */
  public static final String ENROLMENT_REQUIRED = "two-factor-enrolment-required";

  private TwoFactor() {}

  /** Whether the session's sign-in proved a second factor. */
  public static boolean satisfied(jakarta.servlet.http.HttpSession session) {
    return session != null && Boolean.TRUE.equals(session.getAttribute(SESSION_SATISFIED));
  }
}
