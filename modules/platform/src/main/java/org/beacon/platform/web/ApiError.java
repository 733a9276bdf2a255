package org.beacon.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one shape of every error Beacon returns: {@code {status, error, message, fields?}}. No stack
 * trace, class name or SQL ever goes into it.
 *
 * @param status the HTTP status code
 * @param error the status's reason phrase, e.g. "Bad Request"
 * @param message what went wrong, in words for the person who sent the request
 * @param fields for validation errors: each bad field and what is wrong with it
 */
public record ApiError(int status, String error, String message, Map<String, String> fields) {

  public ApiError {
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }

  public static ApiError of(int status, String message) {
    return new ApiError(status, reason(status), message, Map.of());
  }

  public static ApiError invalid(String message, Map<String, String> fields) {
    return new ApiError(400, reason(400), message, fields);
  }

  public JsonObject toJson() {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("status", status)
            .add("error", error)
            .add("message", message);
    if (!fields.isEmpty()) {
      JsonObjectBuilder bad = Json.createObjectBuilder();
      fields.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> bad.add(e.getKey(), e.getValue()));
      json.add("fields", bad);
    }
    return json.build();
  }

  /** Writes this error as the whole response, for code outside JAX-RS (filters, servlets). */
  public void writeTo(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(toJson().toString());
    response.getWriter().flush();
  }

  public static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 409 -> "Conflict";
      case 413 -> "Payload Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 423 -> "Locked";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> status >= 500 ? "Server Error" : "Error";
    };
  }
}
