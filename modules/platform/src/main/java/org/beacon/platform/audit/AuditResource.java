package org.beacon.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.PageRequest;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.HistoryService;

/**
 * {@code /api/audit}: the audit trail, for the DSL and the administrator. Rows name resources by
 * type and id and never carry case content. Reading the trail is itself audited.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  /** The trail is read in longer pages than a case list. */
  static final int DEFAULT_SIZE = 100;

  static final int MAX_SIZE = 500;

  @Inject JpaAuditLog log;
  @Inject AuditLog audit;
  @Inject Caller caller;
  @Inject CaseParties parties;
  @Inject org.beacon.platform.api.People people;
  @Inject HistoryService history;
  @Inject AuditSealer sealer;

  /** The audit resource type of a member of staff's chronology, whose id is their username. */
  static final String STAFF_CHRONOLOGY = "staff-chronology";

  /**
   * One audit event.
   *
   * @param id the event's sequence number
   * @param occurredAt when it happened
   * @param actor who did it ({@code system} for timers and start-up)
   * @param action what was done
   * @param resourceType the kind of thing it was done to
   * @param resourceId which one
   * @param outcome ALLOWED or DENIED
   * @param detail a short note, never case content
   */
  public record Entry(
      long id,
      Instant occurredAt,
      String actor,
      String action,
      String resourceType,
      String resourceId,
      String outcome,
      String detail) {}

  /**
   * An administrator reads the whole trail; a DSL never the rows of a case they are named in, nor
   * who read their own chronology, and the page is cut after that, so it hints at nothing left out.
   */
  private AuditScope scope() {
    if (caller.has(Role.ADMIN)) {
      return AuditScope.EVERYTHING;
    }
    Set<String> hidden = new HashSet<>();
    for (CaseParties.Case about : parties.casesAbout(caller)) {
      hidden.add(about.reference());
      history
          .createHistoricProcessInstanceQuery()
          .processDefinitionKey(about.process())
          .processInstanceBusinessKey(about.reference())
          .list()
          .forEach(
              instance -> {
                hidden.add(instance.getId());
                history
                    .createHistoricTaskInstanceQuery()
                    .processInstanceId(instance.getId())
                    .list()
                    .forEach(task -> hidden.add(task.getId()));
              });
    }
    Set<String> ownNames = new HashSet<>(Set.of(caller.username()));
    people.byUsername(caller.username()).ifPresent(me -> ownNames.add(me.displayName()));
    return new AuditScope(hidden, Map.of(STAFF_CHRONOLOGY, ownNames));
  }

  @GET
  public List<Entry> search(
      @QueryParam("resourceType") String resourceType,
      @QueryParam("resourceId") String resourceId,
      @QueryParam("actor") String actor,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    if (!caller.has(Role.ADMIN) && !caller.has(Role.DSL)) {
      audit.denied("read", "audit", null, "requires admin or dsl");
      throw BeaconProblem.forbidden("Only the DSL and administrators read the audit trail");
    }
    PageRequest paging = PageRequest.of(page, size, DEFAULT_SIZE, MAX_SIZE);
    audit.allowed("read", "audit", resourceType == null ? null : resourceType + "/" + resourceId);
    return log
        .search(resourceType, resourceId, actor, scope(), paging.offset(), paging.size())
        .stream()
        .map(
            e ->
                new Entry(
                    e.id(),
                    e.occurredAt(),
                    e.actor(),
                    e.action(),
                    e.resourceType(),
                    e.resourceId(),
                    e.outcome().name(),
                    e.detail()))
        .toList();
  }

  /**
   * Walks the audit chain and names the first event whose seal does not hold: changed, deleted,
   * moved, or with a seal missing before it. Administrators only; the check is itself audited (and
   * its own event sealed with the rest).
   */
  @GET
  @Path("verify")
  public ChainCheck verify() {
    if (!caller.has(Role.ADMIN)) {
      audit.denied("verify", "audit", null, "requires admin");
      throw BeaconProblem.forbidden("Only administrators check the audit chain");
    }
    audit.allowed("verify", "audit", null);
    return sealer.check();
  }
}
