package org.beacon.platform.alerts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.PageRequest;
import org.beacon.platform.api.Role;

/**
 * {@code /api/alerts}: the e-mail alerts. {@code GET /api/alerts} lists queued, sent and failed
 * messages for administrators, without what they say (no case reference, no step, no link); {@code
 * GET /api/alerts/settings} tells anyone signed in whether e-mail alerts are on and whether they
 * get the daily summary; {@code PUT /api/alerts/settings} turns their summary on or off.
 */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

  @Inject JpaAlertOutbox outbox;
  @Inject DigestPreference digests;
  @Inject AuditLog audit;
  @Inject Caller caller;

  /** One message as the administrator sees it: to whom, of what kind, and how sending went. */
  public record AlertView(
      long id,
      String event,
      String recipient,
      String delivery,
      String status,
      int attempts,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant sentAt,
      String lastError) {}

  /** A page of messages, newest first; {@code hasMore} when another page follows. */
  public record AlertPage(List<AlertView> items, int page, int size, boolean hasMore) {}

  /** Whether e-mail alerts are on at all, and whether the caller gets the daily summary. */
  public record AlertSettings(boolean emailEnabled, boolean digest) {}

  @GET
  @Transactional
  public AlertPage list(
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    if (!caller.has(Role.ADMIN)) {
      audit.denied("list", "alert", "all", "administrators only");
      throw BeaconProblem.forbidden("Only an administrator can see the alert queue");
    }
    PageRequest paging = PageRequest.of(page, size);
    int s = paging.size();
    String wanted = null;
    if (status != null && !status.isBlank()) {
      wanted = status.trim().toUpperCase(Locale.ROOT);
      try {
        QueuedAlert.Status.valueOf(wanted);
      } catch (IllegalArgumentException e) {
        throw BeaconProblem.invalid(
            "Unknown status", Map.of("status", "must be one of queued, sent, failed, dropped"));
      }
    }
    List<QueuedAlert> rows = outbox.recent(wanted, paging.offset(), s + 1);
    boolean hasMore = rows.size() > s;
    List<AlertView> items =
        rows.stream()
            .limit(s)
            .map(
                a ->
                    new AlertView(
                        a.id(),
                        a.event(),
                        a.recipient(),
                        a.delivery().id(),
                        a.status().name().toLowerCase(Locale.ROOT),
                        a.attempts(),
                        a.createdAt(),
                        a.status() == QueuedAlert.Status.QUEUED ? a.nextAttemptAt() : null,
                        a.sentAt(),
                        a.lastError()))
            .toList();
    audit.allowed(
        "list",
        "alert",
        wanted == null ? "all" : wanted.toLowerCase(Locale.ROOT),
        items.size() + " message(s)");
    return new AlertPage(items, paging.page(), s, hasMore);
  }

  @GET
  @Path("settings")
  public AlertSettings settings() {
    audit.allowed("read", "alert-settings", caller.username());
    return new AlertSettings(
        MailSettings.current().enabled(), digests.wantsDigest(caller.username()));
  }

  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  public AlertSettings change(JsonObject body) {
    JsonValue digest = body == null ? null : body.get("digest");
    if (digest != JsonValue.TRUE && digest != JsonValue.FALSE) {
      audit.denied("update", "alert-settings", caller.username(), "invalid");
      throw BeaconProblem.invalid(
          "Say whether you want the daily summary", Map.of("digest", "must be true or false"));
    }
    boolean on = digest == JsonValue.TRUE;
    digests.set(caller.username(), on);
    audit.allowed(
        "update",
        "alert-settings",
        caller.username(),
        on ? "daily summary on" : "daily summary off");
    return new AlertSettings(MailSettings.current().enabled(), on);
  }
}
