package org.beacon.platform.web;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beacon.platform.api.BeaconProblem;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Turns every exception that escapes a resource into the JSON error body. Expected refusals keep
 * their message; anything unexpected is logged here and answered with a plain 500, so no stack
 * trace, class name or SQL reaches a client.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    return respond(errorFor(unwrap(thrown)));
  }

  static ApiError errorFor(Throwable thrown) {
    if (thrown instanceof BeaconProblem problem) {
      return new ApiError(
          problem.status(), ApiError.reason(problem.status()), problem.getMessage(), problem.fields());
    }
    if (thrown instanceof ConstraintViolationException violations) {
      Map<String, String> fields = new TreeMap<>();
      violations
          .getConstraintViolations()
          .forEach(v -> fields.merge(leaf(v.getPropertyPath()), v.getMessage(), (a, b) -> a + "; " + b));
      return ApiError.invalid("The request has " + fields.size() + " invalid field(s)", fields);
    }
    if (thrown instanceof JsonException || thrown instanceof JsonbException || thrown instanceof ProcessingException) {
      return ApiError.of(400, "The request body is not valid JSON of the expected shape");
    }
    if (thrown instanceof OptimisticLockingException) {
      return ApiError.of(409, "Someone changed this at the same time; reload and try again");
    }
    if (thrown instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      if (status < 500) {
        return ApiError.of(status, messageFor(status));
      }
    }
    LOG.log(Level.SEVERE, "Unexpected error answering a request", thrown);
    return ApiError.of(500, "Something went wrong on the server; it has been logged");
  }

  static Response respond(ApiError error) {
    return Response.status(error.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(error.toJson())
        .build();
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    // Transaction interceptors and CDI may wrap what a resource threw.
    while (!(current instanceof BeaconProblem)
        && !(current instanceof ConstraintViolationException)
        && current.getCause() != null
        && current.getCause() != current
        && (current instanceof jakarta.transaction.TransactionalException
            || current instanceof jakarta.ejb.EJBException
            || current.getClass().getName().startsWith("jakarta.enterprise.")
            || current.getCause() instanceof BeaconProblem)) {
      current = current.getCause();
    }
    return current;
  }

  private static String leaf(Path path) {
    String last = null;
    for (Path.Node node : path) {
      last = node.getName();
    }
    return last == null ? "body" : last;
  }

  private static String messageFor(int status) {
    return switch (status) {
      case 404 -> "There is nothing at this address";
      case 405 -> "This address does not accept that method";
      case 406 -> "This address answers in JSON only";
      case 415 -> "Send the request body as application/json";
      case 401 -> "Sign in to use Beacon";
      case 403 -> "You may not do this";
      default -> "The request could not be processed";
    };
  }
}
