package org.beacon.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/users}: the people directory. Administrators list, add and change people, reset a
 * password and import a staff file; everyone reads and changes their own name, e-mail and password
 * under {@code /api/users/me}. Every read and change is audited as resource type {@code user} with
 * the username as id.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  static final int MAX_IMPORT_BYTES = 2 * 1024 * 1024;

  @Inject Directory directory;
  @Inject DirectoryChanges changes;
  @Inject AuditLog audit;
  @Inject Caller caller;
  @Inject TwoFactorEnrolments twoFactor;

  /** A person just added and the password to hand them, shown once. */
  @Schema(name = "CreatedAccount")
  public record Created(UserView user, String temporaryPassword) {}

  /** The password to hand over after a reset, shown once. */
  public record Reset(String temporaryPassword) {}

  /** Someone an import adds. */
  @Schema(name = "StaffImportAddition")
  public record Added(String username, String displayName, List<String> roles) {}

  /** Someone an import changes, and which of their fields. */
  @Schema(name = "StaffImportChange")
  public record Changed(String username, String displayName, List<String> fields) {}

  /** What an import did, or would do on a dry run. */
  @Schema(name = "StaffImportResult")
  public record ImportResult(
      boolean dryRun,
      List<Added> added,
      List<Changed> changed,
      List<String> unchanged,
      List<String> missing) {}

  // --- the signed-in person ------------------------------------------------------------------

  @GET
  @Path("me")
  public UserView me() {
    UserView me = directory.view(caller.username()).orElseThrow(BeaconProblem::unauthenticated);
    audit.allowed("read", DirectoryChanges.USER, caller.username(), "own");
    return me;
  }

  @PATCH
  @Path("me")
  @Consumes(MediaType.APPLICATION_JSON)
  public UserView updateMe(JsonObject body) {
    UserView me = directory.view(caller.username()).orElseThrow(BeaconProblem::unauthenticated);
    JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    refuseUnknown(b, List.of("displayName", "email", "oldPassword", "newPassword"));
    if (b.containsKey("newPassword")) {
      changes.changePassword(caller.username(), raw(b, "oldPassword"), raw(b, "newPassword"));
    }
    if (b.containsKey("displayName") || b.containsKey("email")) {
      return changes.updateOwn(
          caller.username(),
          b.containsKey("displayName") ? text(b, "displayName") : me.displayName(),
          b.containsKey("email") ? text(b, "email") : me.email());
    }
    return directory.view(caller.username()).orElseThrow(BeaconProblem::unauthenticated);
  }

  @APIResponse(responseCode = "204", description = "Changed")
  @POST
  @Path("me/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changePassword(JsonObject body) {
    JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    changes.changePassword(caller.username(), raw(b, "oldPassword"), raw(b, "newPassword"));
    return Response.noContent().build();
  }

  // --- administrators ------------------------------------------------------------------------

  @GET
  public List<UserView> list(
      @QueryParam("role") String role,
      @QueryParam("enabled") String enabled,
      @QueryParam("search") String search) {
    requireAdmin("list", null);
    Map<String, String> bad = new LinkedHashMap<>();
    Role wanted = null;
    if (role != null && !role.isBlank()) {
      wanted = Role.fromId(role.trim()).orElse(null);
      if (wanted == null) {
        bad.put("role", "is not a Beacon role");
      }
    }
    if (enabled != null
        && !enabled.isBlank()
        && !enabled.equals("true")
        && !enabled.equals("false")) {
      bad.put("enabled", "must be true or false");
    }
    if (!bad.isEmpty()) {
      throw BeaconProblem.invalid("Invalid filter", bad);
    }
    String text = search == null ? "" : PersonNames.normalise(search);
    String roleId = wanted == null ? null : wanted.id();
    List<UserView> found =
        directory.everyone().stream()
            .filter(u -> roleId == null || u.roles().contains(roleId))
            .filter(
                u ->
                    enabled == null
                        || enabled.isBlank()
                        || u.enabled() == Boolean.parseBoolean(enabled))
            .filter(u -> text.isEmpty() || matches(u, text))
            .toList();
    audit.allowed("list", DirectoryChanges.USER, null, found.size() + " found");
    return found;
  }

  @APIResponse(
      responseCode = "201",
      description = "The account and its temporary password (shown once); Location is its address",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Created.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObject body) {
    requireAdmin("create", null);
    JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    refuseUnknown(b, List.of("username", "displayName", "email", "roles", "aliases"));
    Map<String, String> problems = new LinkedHashMap<>();
    List<String> roles = strings(b, "roles", problems);
    List<String> aliases = strings(b, "aliases", problems);
    UserDetails.Checked checked =
        UserDetails.check(
            text(b, "username"), text(b, "displayName"), text(b, "email"), roles, aliases);
    problems.putAll(checked.problems());
    if (!problems.isEmpty()) {
      throw BeaconProblem.invalid("Nobody was added", problems);
    }
    String temporary = TemporaryPassword.generate();
    UserView created = changes.create(checked.details(), temporary);
    return Response.status(201)
        .header("Cache-Control", "no-store")
        .entity(new Created(created, temporary))
        .build();
  }

  @GET
  @Path("{username}")
  public UserView read(@PathParam("username") String username) {
    requireAdmin("read", username);
    UserView user =
        directory.view(username).orElseThrow(() -> BeaconProblem.notFound("No such person"));
    audit.allowed("read", DirectoryChanges.USER, username);
    return user;
  }

  @PATCH
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  public UserView update(@PathParam("username") String username, JsonObject body) {
    requireAdmin("update", username);
    UserView before =
        directory.view(username).orElseThrow(() -> BeaconProblem.notFound("No such person"));
    JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    refuseUnknown(b, List.of("displayName", "email", "roles", "aliases", "enabled"));
    Map<String, String> problems = new LinkedHashMap<>();
    List<String> roles = b.containsKey("roles") ? strings(b, "roles", problems) : before.roles();
    List<String> aliases =
        b.containsKey("aliases") ? strings(b, "aliases", problems) : before.aliases();
    boolean enabled = before.enabled();
    if (b.containsKey("enabled")) {
      JsonValue value = b.get("enabled");
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        enabled = value == JsonValue.TRUE;
      } else {
        problems.put("enabled", "must be true or false");
      }
    }
    UserDetails.Checked checked =
        UserDetails.check(
            username,
            b.containsKey("displayName") ? text(b, "displayName") : before.displayName(),
            b.containsKey("email") ? text(b, "email") : before.email(),
            roles,
            aliases);
    problems.putAll(checked.problems());
    if (!problems.isEmpty()) {
      throw BeaconProblem.invalid("Nothing was changed", problems);
    }
    return changes.update(caller.username(), checked.details(), enabled);
  }

  @APIResponse(
      responseCode = "200",
      description = "A new temporary password (shown once)",
      content =
          @Content(mediaType = "application/json", schema = @Schema(implementation = Reset.class)))
  @POST
  @Path("{username}/password-reset")
  public Response resetPassword(@PathParam("username") String username) {
    requireAdmin("reset-password", username);
    String temporary = changes.resetPassword(username);
    return Response.ok(new Reset(temporary)).header("Cache-Control", "no-store").build();
  }

  /** A lost phone: the person's two-factor enrolment and recovery codes go; they enrol afresh. */
  @APIResponse(
      responseCode = "204",
      description = "Two-factor sign-in reset: enrolment again at the next sign-in")
  @DELETE
  @Path("{username}/two-factor")
  public Response resetTwoFactor(@PathParam("username") String username) {
    if (!caller.has(Role.ADMIN)) {
      audit.denied("reset", TwoFactorEnrolments.RESOURCE, username, "requires admin");
      throw BeaconProblem.forbidden("Only administrators reset someone's two-factor sign-in");
    }
    twoFactor.reset(username);
    return Response.noContent().build();
  }

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public ImportResult importStaff(@QueryParam("dryRun") boolean dryRun, byte[] csv) {
    requireAdmin(dryRun ? "import-preview" : "import", null);
    if (csv == null || csv.length == 0) {
      throw BeaconProblem.invalid(
          "Send the staff file as the request body", Map.of("file", "is empty"));
    }
    if (csv.length > MAX_IMPORT_BYTES) {
      throw BeaconProblem.invalid("The file is too large", Map.of("file", "is larger than 2 MB"));
    }
    StaffImport.Plan plan = changes.importStaff(caller.username(), csv, dryRun);
    return new ImportResult(
        dryRun,
        plan.added().stream()
            .map(d -> new Added(d.username(), d.displayName(), d.roleIds()))
            .toList(),
        plan.changed().stream()
            .map(c -> new Changed(c.after().username(), c.after().displayName(), c.fields()))
            .toList(),
        plan.unchanged(),
        plan.missing());
  }

  // --- helpers -------------------------------------------------------------------------------

  private void requireAdmin(String action, String username) {
    if (!caller.has(Role.ADMIN)) {
      audit.denied(action, DirectoryChanges.USER, username, "requires admin");
      throw BeaconProblem.forbidden("Only administrators manage the people directory");
    }
  }

  private static boolean matches(UserView u, String text) {
    return PersonNames.normalise(u.username()).contains(text)
        || PersonNames.normalise(u.displayName()).contains(text)
        || (u.email() != null && PersonNames.normalise(u.email()).contains(text))
        || u.aliases().stream().anyMatch(a -> PersonNames.normalise(a).contains(text));
  }

  private static void refuseUnknown(JsonObject body, List<String> known) {
    Map<String, String> unknown = new LinkedHashMap<>();
    body.keySet().stream()
        .filter(k -> !known.contains(k))
        .forEach(k -> unknown.put(k, "is not a field of this request"));
    if (!unknown.isEmpty()) {
      throw BeaconProblem.invalid("Nothing was changed", unknown);
    }
  }

  /**
   * A list of strings; anything else is a problem of that field. A missing or null list is empty.
   */
  private static List<String> strings(JsonObject body, String key, Map<String, String> problems) {
    JsonValue value = body.get(key);
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      problems.put(key, "must be a list of texts");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (JsonValue item : array) {
      if (item instanceof JsonString s) {
        out.add(s.getString());
      } else {
        problems.put(key, "must be a list of texts");
        return List.of();
      }
    }
    return out;
  }

  private static String text(JsonObject body, String key) {
    JsonValue value = body.get(key);
    return value instanceof JsonString s ? s.getString().trim() : null;
  }

  private static String raw(JsonObject body, String key) {
    JsonValue value = body.get(key);
    return value instanceof JsonString s ? s.getString() : null;
  }
}
