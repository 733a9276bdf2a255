package org.beacon.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets everything after the filters see the client a {@linkplain TrustedProxies trusted reverse
 * proxy} names: {@code isSecure()}, {@code getScheme()} and {@code getRemoteAddr()} of the wrapped
 * request follow {@code X-Forwarded-Proto} and {@code X-Forwarded-For} when, and only when, the
 * connection comes from one of {@code BEACON_TRUSTED_PROXIES}.
 *
 * <p>A wrong entry in the setting stops Beacon's start ({@code PlatformStartup} reads it first);
 * the filter checks it again when it starts, for a deployment without that listener.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    })
public class ForwardedHeaders extends HttpFilter {

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    try {
      TrustedProxies.configured();
    } catch (IllegalArgumentException e) {
      throw new ServletException(e.getMessage(), e);
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof ProxiedRequest
        || !TrustedProxies.configured().trusts(request.getRemoteAddr())) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(new ProxiedRequest(request, ClientConnection.of(request)), response);
  }

  /** A request from a trusted proxy, answering for the client behind it. */
  static final class ProxiedRequest extends HttpServletRequestWrapper {

    private final ClientConnection connection;

    ProxiedRequest(HttpServletRequest request, ClientConnection connection) {
      super(request);
      this.connection = connection;
    }

    ClientConnection connection() {
      return connection;
    }

    @Override
    public boolean isSecure() {
      return connection.secure();
    }

    @Override
    public String getScheme() {
      return connection.secure() ? "https" : "http";
    }

    @Override
    public String getRemoteAddr() {
      return connection.address();
    }

    @Override
    public String getRemoteHost() {
      return connection.address();
    }
  }
}
