package org.beacon.platform.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The school's OpenID Connect provider, as Beacon talks to it: the authorization request of the
 * code flow (with PKCE, state and nonce), the exchange of the code for tokens, and the ID token's
 * validation (signature against the provider's published keys, issuer, audience, expiry, nonce).
 *
 * <p>The provider's metadata is read at the first sign-in, not at start: Beacon starts, and
 * password sign-in works, while the provider is unreachable. A failed read is retried at the next
 * sign-in.
 */
@ApplicationScoped
public class SchoolIdentityProvider {

  private static final int TIMEOUT_MS = 10_000;

  /** The provider could not be reached or answered something that is not OpenID Connect. */
  static final class Unavailable extends Exception {
    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The provider answered, but its answer does not prove anyone's identity. */
  static final class Rejected extends Exception {
    Rejected(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** What one provider publishes, with the validator that keeps its keys. */
  private record Provider(URI issuer, OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  private volatile Provider provider;

  /** The provider's authorization address for a new sign-in, where the browser is sent. */
  URI authorizationRequest(
      SchoolSignInSettings settings, URI redirectUri, PendingSignIns.Pending pending)
      throws Unavailable {
    OIDCProviderMetadata metadata = provider(settings).metadata();
    return new AuthenticationRequest.Builder(
            ResponseType.CODE,
            new Scope("openid", "email", "profile"),
            new ClientID(settings.clientId()),
            redirectUri)
        .endpointURI(metadata.getAuthorizationEndpointURI())
        .state(new State(pending.state()))
        .nonce(new Nonce(pending.nonce()))
        .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
        .build()
        .toURI();
  }

  /**
   * Exchanges the code the provider sent back for tokens and answers the validated ID token's
   * claims.
   */
  Map<String, Object> redeem(
      SchoolSignInSettings settings, String code, PendingSignIns.Pending pending)
      throws Unavailable, Rejected {
    Provider current = provider(settings);
    TokenRequest request =
        new TokenRequest(
            current.metadata().getTokenEndpointURI(),
            clientAuthentication(settings, current.metadata()),
            new AuthorizationCodeGrant(
                new AuthorizationCode(code),
                pending.redirectUri(),
                new CodeVerifier(pending.codeVerifier())));
    HTTPRequest http = request.toHTTPRequest();
    http.setConnectTimeout(TIMEOUT_MS);
    http.setReadTimeout(TIMEOUT_MS);
    HTTPResponse answer;
    try {
      answer = http.send();
    } catch (IOException e) {
      throw new Unavailable("token endpoint did not answer: " + e.getMessage(), e);
    }
    TokenResponse response;
    try {
      response = OIDCTokenResponseParser.parse(answer);
    } catch (ParseException e) {
      throw new Unavailable("token endpoint answered something unreadable: " + e.getMessage(), e);
    }
    if (!response.indicatesSuccess()) {
      TokenErrorResponse error = response.toErrorResponse();
      throw new Rejected(
          "code refused by the token endpoint: " + error.getErrorObject().getCode(), null);
    }
    OIDCTokens tokens = (OIDCTokens) response.toSuccessResponse().getTokens();
    JWT idToken = tokens.getIDToken();
    if (idToken == null) {
      throw new Rejected("token endpoint answered without an ID token", null);
    }
    try {
      return current.validator().validate(idToken, new Nonce(pending.nonce())).toJSONObject();
    } catch (com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException e) {
      throw new Rejected("ID token not valid: " + e.getMessage(), e);
    }
  }

  private Provider provider(SchoolSignInSettings settings) throws Unavailable {
    Provider known = provider;
    if (known != null && known.issuer().equals(settings.issuer())) {
      return known;
    }
    synchronized (this) {
      if (provider == null || !provider.issuer().equals(settings.issuer())) {
        provider = discover(settings);
      }
      return provider;
    }
  }

  private static Provider discover(SchoolSignInSettings settings) throws Unavailable {
    try {
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MS, TIMEOUT_MS);
      IDTokenValidator validator =
          new IDTokenValidator(
              metadata.getIssuer(),
              new ClientID(settings.clientId()),
              signingAlgorithm(metadata),
              metadata.getJWKSetURI().toURL(),
              new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, 512 * 1024));
      return new Provider(settings.issuer(), metadata, validator);
    } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException | RuntimeException e) {
      throw new Unavailable("discovery at " + settings.issuer() + " failed: " + e.getMessage(), e);
    }
  }

  /** RS256 unless the provider signs ID tokens otherwise: every provider must support it. */
  private static JWSAlgorithm signingAlgorithm(OIDCProviderMetadata metadata) {
    List<JWSAlgorithm> algorithms = metadata.getIDTokenJWSAlgs();
    if (algorithms == null || algorithms.isEmpty() || algorithms.contains(JWSAlgorithm.RS256)) {
      return JWSAlgorithm.RS256;
    }
    return algorithms.get(0);
  }

  /**
   * The secret in a Basic header unless the provider only takes it in the form (both are common).
   */
  private static ClientAuthentication clientAuthentication(
      SchoolSignInSettings settings, OIDCProviderMetadata metadata) {
    ClientID id = new ClientID(settings.clientId());
    Secret secret = new Secret(settings.clientSecret());
    List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
    if (methods != null
        && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
      return new ClientSecretPost(id, secret);
    }
    return new ClientSecretBasic(id, secret);
  }
}
