package org.beacon.platform.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties.Mention;
import org.beacon.platform.api.CaseParties.Status;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code /api/people}: the directory as "name a member of staff" fields search it, and the names
 * given in a case that a DSL links to one person or rejects.
 */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

  static final String MENTION = "case-mention";
  private static final int MAX_FOUND = 20;

  @Inject People people;
  @Inject JpaCaseParties parties;
  @Inject AuditLog audit;
  @Inject Caller caller;

  /**
   * A person as a form offers them.
   *
   * @param username what a form sends to name them
   * @param displayName their name
   * @param roles the roles they hold, shown beside the name
   */
  public record Found(String username, String displayName, Set<String> roles) {
    static Found of(Person person) {
      Set<String> roles = new TreeSet<>();
      person.roles().forEach(r -> roles.add(r.id()));
      return new Found(person.username(), person.displayName(), roles);
    }
  }

  /**
   * A name given in a case, as a DSL reviews it.
   *
   * @param id the mention's id
   * @param caseReference the case
   * @param part subject or reporter
   * @param asGiven the name as typed
   * @param match exact, ambiguous, loose or nobody
   * @param status settled, to-review, linked or rejected
   * @param people everyone it names now
   */
  public record MentionView(
      long id,
      String caseReference,
      String part,
      String asGiven,
      String match,
      String status,
      List<Found> people) {
    public static MentionView of(Mention m) {
      return new MentionView(
          m.id(),
          m.caseReference(),
          m.part().name().toLowerCase(),
          m.asGiven(),
          m.kind().name().toLowerCase(),
          m.status().name().toLowerCase().replace('_', '-'),
          m.people().stream().map(Found::of).toList());
    }
  }

  /** Body of a link: the username of the person the name means. */
  @Schema(name = "MentionLink")
  public record Link(String username) {}

  @GET
  public List<Found> search(@QueryParam("search") String search) {
    if (caller.roles().stream().allMatch(r -> r == Role.GOVERNOR)) {
      audit.denied("search", "people", null, "governors do not name people in cases");
      throw BeaconProblem.forbidden("Governors do not name people in cases");
    }
    List<Found> found =
        people.search(search == null ? "" : search, MAX_FOUND).stream().map(Found::of).toList();
    audit.allowed("search", "people", null, found.size() + " found");
    return found;
  }

  @GET
  @Path("mentions")
  public List<MentionView> mentions(
      @QueryParam("process") String process, @QueryParam("reference") String reference) {
    if (process == null || process.isBlank() || reference == null || reference.isBlank()) {
      throw BeaconProblem.invalid(
          "Name the case",
          Map.of(process == null || process.isBlank() ? "process" : "reference", "is required"));
    }
    requireReviewer("read", reference);
    if (parties.isSubject(caller, process, reference)) {
      audit.denied("read", MENTION, reference, "named in the case");
      throw BeaconProblem.notFound("No such case");
    }
    audit.allowed("read", MENTION, reference);
    return parties.mentions(process, reference).stream().map(MentionView::of).toList();
  }

  @POST
  @Path("mentions/{id}/link")
  @Consumes(MediaType.APPLICATION_JSON)
  public MentionView link(@PathParam("id") long id, Link body) {
    Mention mention = reviewable(id, "link");
    if (body == null || body.username() == null || body.username().isBlank()) {
      throw BeaconProblem.invalid("Say whom the name means", Map.of("username", "is required"));
    }
    Person person =
        people
            .byUsername(body.username())
            .orElseThrow(
                () ->
                    BeaconProblem.invalid(
                        "No such person", Map.of("username", "is not an enabled Beacon user")));
    if (mention.people().stream().noneMatch(p -> p.id() == person.id())) {
      throw BeaconProblem.invalid(
          "Link the name to one of the people it matched",
          Map.of("username", "is not among the people the name matched"));
    }
    Mention linked = parties.link(id, person.id(), caller.username());
    audit.allowed("link", MENTION, mention.caseReference(), "mention " + id);
    return MentionView.of(linked);
  }

  @POST
  @Path("mentions/{id}/reject")
  public MentionView reject(@PathParam("id") long id) {
    Mention mention = reviewable(id, "reject");
    Mention rejected = parties.reject(id, caller.username());
    audit.allowed("reject", MENTION, mention.caseReference(), "mention " + id);
    return MentionView.of(rejected);
  }

  /**
   * A mention awaiting review, that the caller may decide: a DSL who is neither named in the case
   * nor matched by it.
   */
  private Mention reviewable(long id, String action) {
    Mention mention =
        parties.mention(id).orElseThrow(() -> BeaconProblem.notFound("No such name to review"));
    requireReviewer(action, mention.caseReference());
    boolean matched =
        mention.people().stream().anyMatch(p -> p.username().equals(caller.username()));
    if (matched || parties.isSubject(caller, mention.process(), mention.caseReference())) {
      audit.denied(action, MENTION, mention.caseReference(), "named in the case");
      throw BeaconProblem.notFound("No such name to review");
    }
    if (mention.status() != Status.TO_REVIEW) {
      audit.denied(action, MENTION, mention.caseReference(), "already decided");
      throw BeaconProblem.conflict(
          "This name was already " + mention.status().name().toLowerCase());
    }
    return mention;
  }

  private void requireReviewer(String action, String reference) {
    if (!caller.has(Role.DSL)) {
      audit.denied(action, MENTION, reference, "requires dsl");
      throw BeaconProblem.forbidden("Only a DSL reviews the people named in a case");
    }
  }
}
