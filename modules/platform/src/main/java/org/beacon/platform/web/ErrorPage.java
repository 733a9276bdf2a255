package org.beacon.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page (see web.xml): errors raised outside JAX-RS, such as an unknown
 * address or a security constraint, answer in the same JSON shape as the API.
 */
@WebServlet("/error-response")
public class ErrorPage extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (thrown instanceof Throwable t) {
      LOG.log(Level.SEVERE, "Unhandled error", t);
    }
    String message =
        switch (status) {
          case 401 -> "Sign in to use Beacon";
          case 403 -> "You may not do this";
          case 404 -> "There is nothing at this address";
          case 405 -> "This address does not accept that method";
          default ->
              status >= 500
                  ? "Something went wrong on the server; it has been logged"
                  : "The request could not be processed";
        };
    response.resetBuffer();
    ApiError.of(status, message).writeTo(response);
  }
}
