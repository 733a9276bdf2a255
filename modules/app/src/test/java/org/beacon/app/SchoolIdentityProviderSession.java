package org.beacon.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The school's identity provider for the integration tests: a real OpenID Connect provider
 * (mock-oauth2-server: discovery, the authorization code flow with its sign-in form, JWKS) on the
 * port Maven reserved, for the whole test run. Payara Micro is told its issuer address ({@code
 * BEACON_OIDC_ISSUER}) before it starts; Beacon reads the provider's metadata at the first sign-in,
 * so every IT class runs with single sign-on configured and a provider answering.
 *
 * <p>The sign-in form ({@code interactiveLogin}) takes any subject and the ID token's claims as
 * JSON, as a browser or a test types them.
 */
public class SchoolIdentityProviderSession implements LauncherSessionListener {

  /** The issuer id in the provider's addresses: {@code http://localhost:<port>/school}. */
  static final String ISSUER_ID = "school";

  private static MockOAuth2Server server;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty("beacon.oidc.port");
    if (port == null || port.isBlank() || server != null) {
      // Unit tests (surefire) have no Beacon to sign in to.
      return;
    }
    MockOAuth2Server provider = new MockOAuth2Server(new OAuth2Config(true));
    try {
      provider.start(InetAddress.getByName("localhost"), Integer.parseInt(port));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("localhost does not resolve", e);
    }
    server = provider;
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (server != null) {
      server.shutdown();
      server = null;
    }
  }

  /** Whether the provider runs in this JVM (failsafe, with the reserved port). */
  static boolean running() {
    return server != null;
  }
}
