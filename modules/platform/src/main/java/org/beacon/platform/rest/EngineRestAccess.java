package org.beacon.platform.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator may do through {@code /engine-rest}: what the Camunda Modeler and the
 * administrator's operations need (models, definitions, incidents and jobs), nothing that reads or
 * changes a case. An explicit allow-list of method and path: anything not on it, an unknown path
 * included, is refused. The administrator is not a superuser of case data; case data is read and
 * changed through Beacon's own API, which checks need-to-know.
 */
final class EngineRestAccess {

  /**
   * A permitted call: an HTTP method and a path below {@code /engine-rest}, ids as {@code [^/]+}.
   */
  record Rule(String method, Pattern path, String why) {

    static Rule of(String method, String path, String why) {
      return new Rule(method, Pattern.compile("^" + path.replace("{}", "[^/]+") + "/?$"), why);
    }

    boolean matches(String requestMethod, String requestPath) {
      return method.equals(requestMethod) && path.matcher(requestPath).matches();
    }
  }

  /** The answer for one call: allowed by a rule, or refused with the reason. */
  record Decision(boolean allowed, String reason) {}

  private static final String MODELS = "models";
  private static final String OPERATIONS = "operations";

  static final List<Rule> ALLOWED =
      List.of(
          // The Modeler's connection check and the engine's name.
          Rule.of("GET", "/version", MODELS),
          Rule.of("GET", "/engine", MODELS),
          // Deployments: create (every model checked first), list, read, delete without instances.
          Rule.of("POST", "/deployment/create", MODELS),
          Rule.of("GET", "/deployment", MODELS),
          Rule.of("GET", "/deployment/count", MODELS),
          Rule.of("GET", "/deployment/{}", MODELS),
          Rule.of("GET", "/deployment/{}/resources", MODELS),
          Rule.of("GET", "/deployment/{}/resources/{}", MODELS),
          Rule.of("GET", "/deployment/{}/resources/{}/data", MODELS),
          Rule.of("DELETE", "/deployment/{}", MODELS),
          // Process definitions: list, XML, diagram, statistics, start (the designer's "Start an
          // instance").
          Rule.of("GET", "/process-definition", MODELS),
          Rule.of("GET", "/process-definition/count", MODELS),
          Rule.of("GET", "/process-definition/statistics", OPERATIONS),
          Rule.of("GET", "/process-definition/{}", MODELS),
          Rule.of("GET", "/process-definition/{}/xml", MODELS),
          Rule.of("GET", "/process-definition/{}/diagram", MODELS),
          Rule.of("GET", "/process-definition/{}/statistics", OPERATIONS),
          Rule.of("POST", "/process-definition/{}/start", MODELS),
          Rule.of("GET", "/process-definition/key/{}", MODELS),
          Rule.of("GET", "/process-definition/key/{}/xml", MODELS),
          Rule.of("GET", "/process-definition/key/{}/diagram", MODELS),
          Rule.of("POST", "/process-definition/key/{}/start", MODELS),
          // Decisions: list, XML, diagram, evaluate.
          Rule.of("GET", "/decision-definition", MODELS),
          Rule.of("GET", "/decision-definition/count", MODELS),
          Rule.of("GET", "/decision-definition/{}", MODELS),
          Rule.of("GET", "/decision-definition/{}/xml", MODELS),
          Rule.of("GET", "/decision-definition/{}/diagram", MODELS),
          Rule.of("POST", "/decision-definition/{}/evaluate", MODELS),
          Rule.of("GET", "/decision-definition/key/{}", MODELS),
          Rule.of("GET", "/decision-definition/key/{}/xml", MODELS),
          Rule.of("GET", "/decision-definition/key/{}/diagram", MODELS),
          Rule.of("POST", "/decision-definition/key/{}/evaluate", MODELS),
          Rule.of("GET", "/decision-requirements-definition", MODELS),
          Rule.of("GET", "/decision-requirements-definition/count", MODELS),
          Rule.of("GET", "/decision-requirements-definition/{}", MODELS),
          Rule.of("GET", "/decision-requirements-definition/{}/xml", MODELS),
          // Incidents and jobs: list, why it failed, retry (set retries, or run it now).
          Rule.of("GET", "/incident", OPERATIONS),
          Rule.of("GET", "/incident/count", OPERATIONS),
          Rule.of("GET", "/incident/{}", OPERATIONS),
          Rule.of("GET", "/job", OPERATIONS),
          Rule.of("GET", "/job/count", OPERATIONS),
          Rule.of("GET", "/job/{}", OPERATIONS),
          Rule.of("GET", "/job/{}/stacktrace", OPERATIONS),
          Rule.of("PUT", "/job/{}/retries", OPERATIONS),
          Rule.of("POST", "/job/{}/execute", OPERATIONS),
          // Which instances run (before deleting a deployment; behind an incident): ids and
          // references only.
          Rule.of("GET", "/process-instance", OPERATIONS),
          Rule.of("GET", "/process-instance/count", OPERATIONS),
          // How many instances a flow had and how often a step ran: numbers, no content.
          Rule.of("GET", "/history/process-instance/count", OPERATIONS),
          Rule.of("GET", "/history/activity-instance/count", OPERATIONS));

  /**
   * Query parameters that filter by variable values: a list or a count filtered by them would tell
   * what a case holds, so they are refused on every allowed path.
   */
  private static final Set<String> VARIABLE_FILTERS =
      Set.of(
          "variables", "processvariables", "variablenamesignorecase", "variablevaluesignorecase");

  private EngineRestAccess() {}

  /**
   * Decides one call.
   *
   * @param method the HTTP method
   * @param path the path below {@code /engine-rest}, starting with {@code /}
   * @param query the raw query string, or null
   * @param fullApi whether the whole API is open (benchmark databases only, {@code BEACON_BENCH})
   */
  static Decision decide(String method, String path, String query, boolean fullApi) {
    if (fullApi) {
      return new Decision(
          true, "the whole engine API is open on this benchmark server (BEACON_BENCH)");
    }
    String normalized = normalize(path);
    Optional<Rule> rule =
        normalized == null
            ? Optional.empty()
            : ALLOWED.stream().filter(r -> r.matches(method, normalized)).findFirst();
    if (rule.isEmpty()) {
      return new Decision(
          false,
          "not on the engine API's allow-list: administrators manage models, definitions, incidents and jobs here;"
              + " case data (tasks, variables, history, messages, filters, users) only through Beacon's own API");
    }
    Optional<String> filter = variableFilter(query);
    if (filter.isPresent()) {
      return new Decision(
          false,
          "the query filters by variable values ("
              + filter.get()
              + "), which would reveal case data");
    }
    return new Decision(true, rule.get().why());
  }

  /**
   * The path as the REST layer will route it: percent-escapes decoded once (the designer sends a
   * definition id's {@code :} as {@code %3A}); null for a path trick (an escaped slash, {@code ..},
   * a matrix parameter), which is refused rather than guessed at.
   */
  static String normalize(String path) {
    if (path == null || path.isEmpty()) {
      return "/";
    }
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f")
        || lower.contains("%5c")
        || lower.contains("%25")
        || path.contains(";")) {
      return null;
    }
    String decoded;
    try {
      decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (decoded.contains("//")
        || decoded.contains("/./")
        || decoded.contains("/../")
        || decoded.endsWith("/..")
        || decoded.contains("\\")) {
      return null;
    }
    return decoded;
  }

  private static Optional<String> variableFilter(String query) {
    if (query == null || query.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
      String lower = name.toLowerCase(Locale.ROOT);
      if (VARIABLE_FILTERS.contains(lower) || lower.contains("variable") || lower.contains("%")) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }
}
