package org.beacon.platform.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.Role;
import org.beacon.platform.config.BeaconSettings;
import org.beacon.platform.models.ModelIntake;
import org.beacon.platform.web.ApiError;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The door to the engine's REST API. Only administrators come in, and only for what {@link
 * EngineRestAccess} allows: models, definitions, incidents and jobs, never case data. Every call,
 * GET included, allowed or refused, is audited. A deployment's files pass the same checks as the
 * designer's before the engine sees them, and a deployment is deleted only while no instance of it
 * runs.
 */
@WebFilter(urlPatterns = "/engine-rest/*")
public class EngineRestGuard extends HttpFilter {

  static final String ACTION = "engine-rest";
  static final String RESOURCE = "engine";

  /** Camunda's own form fields of {@code /deployment/create}; every other part is a resource. */
  private static final List<String> DEPLOYMENT_FIELDS =
      List.of(
          "deployment-name",
          "deployment-source",
          "deployment-activation-time",
          "enable-duplicate-filtering",
          "deploy-changed-only",
          "tenant-id");

  @Inject AuditLog audit;
  @Inject ModelIntake models;
  @Inject RuntimeService runtimeService;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    String path =
        request
            .getRequestURI()
            .substring(request.getContextPath().length() + "/engine-rest".length());
    String target =
        method
            + " /engine-rest"
            + path
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    String action = ACTION;
    if (request.getUserPrincipal() == null) {
      ApiError.of(401, "Sign in as an administrator to use the engine API").writeTo(response);
      return;
    }
    if (!request.isUserInRole(Role.ADMIN.id())) {
      audit.denied(action, RESOURCE, target, "requires admin");
      ApiError.of(403, "The engine API is for administrators only").writeTo(response);
      return;
    }
    EngineRestAccess.Decision decision =
        EngineRestAccess.decide(
            method, path, request.getQueryString(), BeaconSettings.current().bench());
    if (!decision.allowed()) {
      audit.denied(action, RESOURCE, target, decision.reason());
      ApiError.of(403, "The engine API does not offer this to administrators: " + decision.reason())
          .writeTo(response);
      return;
    }
    String normalized = EngineRestAccess.normalize(path);
    if ("DELETE".equals(method) && normalized != null && normalized.startsWith("/deployment/")) {
      if (!deletable(
          request,
          normalized.substring("/deployment/".length()).replaceAll("/$", ""),
          action,
          target,
          response)) {
        return;
      }
    }
    if ("POST".equals(method) && "/deployment/create".equals(normalized)) {
      HttpServletRequest checked = checkedDeployment(request, action, target, response);
      if (checked == null) {
        return;
      }
      audit.allowed(action, RESOURCE, target, decision.reason() + "; every file checked");
      chain.doFilter(checked, response);
      return;
    }
    audit.allowed(action, RESOURCE, target, decision.reason());
    chain.doFilter(request, response);
  }

  /**
   * A deployment is deleted only without its instances: {@code cascade=true} would delete running
   * cases and their history with it, so it is refused, as is a delete while instances still run.
   */
  private boolean deletable(
      HttpServletRequest request,
      String deploymentId,
      String action,
      String target,
      HttpServletResponse response)
      throws IOException {
    if ("true".equalsIgnoreCase(request.getParameter("cascade"))) {
      String reason =
          "cascade=true would delete the deployment's process instances and their history";
      audit.denied(action, RESOURCE, target, reason);
      ApiError.of(400, "A deployment is deleted only without its process instances: " + reason)
          .writeTo(response);
      return false;
    }
    long running = runtimeService.createProcessInstanceQuery().deploymentId(deploymentId).count();
    if (running > 0) {
      String reason = running + " process instance(s) of this deployment are still running";
      audit.denied(action, RESOURCE, target, reason);
      ApiError.of(
              409,
              "The deployment cannot be deleted: "
                  + reason
                  + ". Deploy a new version instead; running cases stay on theirs.")
          .writeTo(response);
      return false;
    }
    return true;
  }

  /**
   * Reads the deployment's body, checks every file, and hands the engine exactly the parts that
   * were checked; null when the deployment was refused (the answer is written).
   */
  private HttpServletRequest checkedDeployment(
      HttpServletRequest request, String action, String target, HttpServletResponse response)
      throws IOException {
    int maxBody = models.rules().maxBytes() * 4 + 64 * 1024;
    long declared = request.getContentLengthLong();
    if (declared > maxBody) {
      return refuse(
          413,
          "The deployment is "
              + declared
              + " bytes; at most "
              + maxBody
              + " (four models of beacon.models.max-bytes)",
          Map.of(),
          action,
          target,
          response);
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(maxBody + 1);
    }
    if (body.length > maxBody) {
      return refuse(
          413,
          "The deployment is larger than "
              + maxBody
              + " bytes (four models of beacon.models.max-bytes)",
          Map.of(),
          action,
          target,
          response);
    }
    MultipartBody multipart;
    try {
      multipart = MultipartBody.read(request.getContentType(), body);
    } catch (MultipartBody.Malformed malformed) {
      return refuse(
          400,
          "The deployment cannot be read: " + malformed.getMessage(),
          Map.of(),
          action,
          target,
          response);
    }
    Map<String, String> problems = new LinkedHashMap<>();
    int resources = 0;
    for (MultipartBody.Part part : multipart.parts()) {
      if (DEPLOYMENT_FIELDS.contains(part.name())) {
        continue;
      }
      resources++;
      String resourceName = part.fileName() == null ? part.name() : part.fileName();
      models
          .check(resourceName, part.content())
          .forEach((key, problem) -> problems.merge(key, problem, (a, b) -> a + "; " + b));
    }
    if (resources == 0) {
      problems.put("xml", "the deployment has no file");
    }
    if (!problems.isEmpty()) {
      String summary =
          problems.entrySet().stream()
              .map(e -> e.getKey() + " " + e.getValue())
              .collect(Collectors.joining("; "));
      return refuse(
          400,
          "The deployment has " + problems.size() + " problem(s): " + summary,
          problems,
          action,
          target,
          response);
    }
    String boundary = multipart.newBoundary();
    return new CheckedBody(request, multipart.write(boundary), MultipartBody.contentType(boundary));
  }

  private HttpServletRequest refuse(
      int status,
      String message,
      Map<String, String> fields,
      String action,
      String target,
      HttpServletResponse response)
      throws IOException {
    audit.denied(
        action,
        RESOURCE,
        target,
        fields.isEmpty()
            ? message
            : fields.size() + " problem(s): " + String.join(", ", fields.keySet()));
    new ApiError(status, ApiError.reason(status), message, fields).writeTo(response);
    return null;
  }

  /** The request as the engine sees it: the checked parts, with their own boundary and length. */
  private static final class CheckedBody extends HttpServletRequestWrapper {
    private final byte[] body;
    private final String contentType;

    CheckedBody(HttpServletRequest request, byte[] body, String contentType) {
      super(request);
      this.body = body;
      this.contentType = contentType;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("The checked deployment is read synchronously");
        }
      };
    }

    @Override
    public String getContentType() {
      return contentType;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public String getHeader(String name) {
      if ("content-type".equalsIgnoreCase(name)) {
        return contentType;
      }
      if ("content-length".equalsIgnoreCase(name)) {
        return Integer.toString(body.length);
      }
      return super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      if ("content-type".equalsIgnoreCase(name) || "content-length".equalsIgnoreCase(name)) {
        return Collections.enumeration(List.of(getHeader(name)));
      }
      return super.getHeaders(name);
    }
  }
}
