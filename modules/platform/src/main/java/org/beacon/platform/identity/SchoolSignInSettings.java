package org.beacon.platform.identity;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beacon.platform.config.BeaconSettings;

/**
 * How Beacon reaches the school's identity provider (Microsoft Entra ID, Google Workspace, any
 * OpenID Connect provider): {@code BEACON_OIDC_ISSUER}, {@code BEACON_OIDC_CLIENT_ID} and {@code
 * BEACON_OIDC_CLIENT_SECRET}, all three or nothing. Without them there is no single sign-on and the
 * sign-in page offers passwords only.
 *
 * @param issuer the provider's issuer URL, whose {@code /.well-known/openid-configuration} Beacon
 *     reads
 * @param clientId Beacon's application (client) id at the provider
 * @param clientSecret the secret the provider issued for it
 * @param providerName what the sign-in button calls the provider ({@code BEACON_OIDC_NAME}, or
 *     guessed from the issuer)
 * @param claims the ID token claims whose value names the directory person, tried in this order
 *     ({@code BEACON_OIDC_CLAIM} for one claim of the school's choosing)
 * @param redirectUri the callback address registered at the provider ({@code
 *     BEACON_OIDC_REDIRECT_URI}); empty: derived from the address the browser used, which is right
 *     unless a proxy rewrites it
 */
public record SchoolSignInSettings(
    URI issuer,
    String clientId,
    String clientSecret,
    String providerName,
    List<String> claims,
    Optional<URI> redirectUri) {

  /**
   * Matched when the school names no claim: the e-mail address, then the sign-in name (Entra's
   * UPN).
   */
  public static final List<String> DEFAULT_CLAIMS = List.of("email", "preferred_username", "upn");

  /** The settings in force, or empty when single sign-on is not configured. */
  public static Optional<SchoolSignInSettings> current() {
    return from(BeaconSettings.current());
  }

  static Optional<SchoolSignInSettings> from(BeaconSettings settings) {
    Optional<String> issuer = settings.optional(BeaconSettings.OIDC_ISSUER);
    Optional<String> clientId = settings.optional(BeaconSettings.OIDC_CLIENT_ID);
    Optional<String> secret = settings.optional(BeaconSettings.OIDC_CLIENT_SECRET);
    if (issuer.isEmpty() || clientId.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    URI issuerUri = URI.create(issuer.get());
    return Optional.of(
        new SchoolSignInSettings(
            issuerUri,
            clientId.get(),
            secret.get(),
            settings.optional(BeaconSettings.OIDC_NAME).orElseGet(() -> nameOf(issuerUri)),
            settings.optional(BeaconSettings.OIDC_CLAIM).map(List::of).orElse(DEFAULT_CLAIMS),
            settings.optional(BeaconSettings.OIDC_REDIRECT_URI).map(URI::create)));
  }

  /**
   * The button reads "Sign in with Microsoft" or "... with Google" for the two providers schools
   * use.
   */
  static String nameOf(URI issuer) {
    String host = issuer.getHost() == null ? "" : issuer.getHost().toLowerCase(Locale.ROOT);
    if (host.equals("login.microsoftonline.com") || host.endsWith(".microsoftonline.com")) {
      return "Microsoft";
    }
    if (host.equals("accounts.google.com")) {
      return "Google";
    }
    return "your school account";
  }
}
