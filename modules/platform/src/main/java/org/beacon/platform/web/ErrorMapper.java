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
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;

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
          problem.status(),
          ApiError.reason(problem.status()),
          problem.getMessage(),
          problem.fields());
    }
    if (thrown instanceof ConstraintViolationException violations) {
      Map<String, String> fields = new TreeMap<>();
      violations
          .getConstraintViolations()
          .forEach(
              v -> fields.merge(leaf(v.getPropertyPath()), v.getMessage(), (a, b) -> a + "; " + b));
      return ApiError.invalid("The request has " + fields.size() + " invalid field(s)", fields);
    }
    if (thrown instanceof JsonException
        || thrown instanceof JsonbException
        || thrown instanceof ProcessingException) {
      return ApiError.of(400, "The request body is not valid JSON of the expected shape");
    }
    if (thrown instanceof FormFieldValidatorException invalid && invalid.getId() != null) {
      // The engine's own form check refused a value ours let through.
      return ApiError.invalid(
          "The form has 1 invalid field(s)", Map.of(invalid.getId(), "is not valid for this form"));
    }
    if (thrown instanceof OptimisticLockingException) {
      return ApiError.of(409, "Someone changed this at the same time; reload and try again");
    }
    if (databaseUnavailable(thrown)) {
      LOG.log(Level.WARNING, "The database did not answer: " + thrown);
      return ApiError.of(
          503,
          "The database is not available at the moment; nothing was changed. Try again shortly");
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

  /**
   * Whether the failure is the database being away (connection refused, pool empty), as opposed to
   * a fault in Beacon: those answer 503 so clients and health checks retry instead of giving up.
   */
  public static boolean databaseUnavailable(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLNonTransientConnectionException
          || t instanceof java.sql.SQLRecoverableException
          || t instanceof jakarta.resource.ResourceException) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  public static Response respond(ApiError error) {
    Response.ResponseBuilder response = Response.status(error.status());
    if (error.status() == 503) {
      response.header("Retry-After", "5");
    }
    return response.type(MediaType.APPLICATION_JSON_TYPE).entity(error.toJson()).build();
  }

  /**
   * The exception that says what went wrong: a {@link BeaconProblem} anywhere in the cause chain (a
   * listener may throw one inside the engine, which wraps it), else the outermost exception.
   */
  static Throwable unwrap(Throwable thrown) {
    for (Throwable current = thrown; current != null; current = current.getCause()) {
      if (current instanceof BeaconProblem
          || current instanceof ConstraintViolationException
          || current instanceof FormFieldValidatorException) {
        return current;
      }
      if (current.getCause() == current) {
        break;
      }
    }
    return thrown;
  }

  /** The property path below the method parameter, e.g. {@code pupils[0].reference}. */
  static String leaf(Path path) {
    StringBuilder name = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() != jakarta.validation.ElementKind.PROPERTY) {
        continue;
      }
      if (node.isInIterable() && node.getIndex() != null) {
        name.append('[').append(node.getIndex()).append(']');
      }
      if (!name.isEmpty()) {
        name.append('.');
      }
      name.append(node.getName());
    }
    return name.isEmpty() ? "body" : name.toString();
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
