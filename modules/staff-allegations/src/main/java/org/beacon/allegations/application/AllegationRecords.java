package org.beacon.allegations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.AccusedStaff;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationReference;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.allegations.domain.AllegationRepository.AllegationQuery;
import org.beacon.allegations.domain.AllegationStatus;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseHistory;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.NameMatch;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Role;

/**
 * Reading allegations, with need to know applied to every read and every read audited.
 *
 * <p>A refused read changes nothing, so its transaction commits rather than rolls back: the audit
 * entry of the refusal, though written in a transaction of its own, was lost with the request's
 * rollback on Payara once the request had read from the database (AllegationsIT found it).
 */
@ApplicationScoped
public class AllegationRecords {

  static final String RESOURCE = "allegation";

  @Inject AllegationRepository allegations;
  @Inject AllegationAccess access;
  @Inject CaseHistory history;
  @Inject CaseDeadlines deadlines;
  @Inject AuditLog audit;
  @Inject CaseParties parties;
  @Inject People people;

  /** An allegation as the caller may see it; chronology and deadlines only in the full view. */
  record Seen(
      Allegation allegation,
      AllegationView view,
      List<CaseHistory.Step> chronology,
      List<CaseDeadlines.Deadline> deadlines) {}

  /**
   * What a list is filtered on; null means any.
   *
   * @param status only this status
   * @param accused only allegations about this staff reference (username or name)
   * @param from raised at or after
   * @param to raised before
   */
  public record Filter(AllegationStatus status, String accused, Instant from, Instant to) {

    boolean onCaseContent() {
      return status != null || accused != null;
    }
  }

  /**
   * One page of the allegations the caller may see: the cases they manage (all of them for the
   * DSL), and the ones they recorded, as receipts. A search on status or accused searches case
   * content, so it never matches a receipt. Cases against the caller are never in it.
   */
  @Transactional(dontRollbackOn = BeaconProblem.class)
  public List<AllegationSummary> list(Caller caller, Filter filter, int page, int size) {
    boolean dsl = caller.has(Role.DSL);
    AllegationQuery query =
        new AllegationQuery(
            dsl || caller.has(Role.HEAD),
            dsl || caller.has(Role.CHAIR),
            filter.onCaseContent() ? null : caller.username(),
            filter.status(),
            filter.accused() == null ? null : accusedReference(filter.accused()),
            filter.from(),
            filter.to(),
            casesAbout(caller));
    List<Seen> seen =
        allegations.search(query, page * size, size).stream()
            .map(a -> new Seen(a, access.viewFor(caller, a), List.of(), List.of()))
            .filter(
                s ->
                    s.view() == AllegationView.FULL
                        || (s.view() == AllegationView.RECEIVED && !filter.onCaseContent()))
            .toList();
    audit.allowed(
        "list",
        RESOURCE,
        null,
        seen.size() + " allegation(s)" + (filter.onCaseContent() ? ", searched" : ""));
    return seen.stream().map(AllegationSummary::of).toList();
  }

  /**
   * The key allegations about someone are kept under: a name that is exactly one person of the
   * directory is their username, as it was when the allegation was raised.
   */
  private String accusedReference(String accused) {
    NameMatch match = people.resolve(accused);
    return AccusedStaff.referenceOf(
        match.kind() == NameMatch.Kind.EXACT ? match.people().get(0).username() : accused);
  }

  /** The codes of the allegations the caller is accused in, by any name that may mean them. */
  private Set<String> casesAbout(Caller caller) {
    return parties.referencesAbout(caller, AllegationProcess.KEY).stream()
        .map(AllegationReference::parse)
        .flatMap(Optional::stream)
        .map(AllegationReference::code)
        .collect(Collectors.toSet());
  }

  /** One allegation, by reference; 404 for anyone who may not know it exists. */
  @Transactional(dontRollbackOn = BeaconProblem.class)
  public AllegationDetail get(Caller caller, String idOrReference) {
    Allegation allegation = find(idOrReference);
    if (allegation == null) {
      audit.denied("read", RESOURCE, idOrReference, "no such allegation");
      throw BeaconProblem.notFound("No such allegation");
    }
    AllegationView view = access.viewFor(caller, allegation);
    if (view == AllegationView.NONE) {
      audit.denied("read", RESOURCE, allegation.reference(), "not need-to-know");
      throw BeaconProblem.notFound("No such allegation");
    }
    audit.allowed(
        "read", RESOURCE, allegation.reference(), view.name().toLowerCase(Locale.ROOT) + " view");
    if (view != AllegationView.FULL) {
      return AllegationDetail.of(new Seen(allegation, view, List.of(), List.of()));
    }
    allegation.children();
    String instance = allegation.processInstanceId();
    return AllegationDetail.of(
        new Seen(
            allegation,
            view,
            instance == null ? List.of() : history.steps(instance),
            instance == null ? List.of() : deadlines.of(instance)));
  }

  private Allegation find(String reference) {
    // By reference only: the database's ids are numbered in order, and a reader trying them one
    // by one would find the gap a hidden case leaves.
    return allegations.findByReference(reference).orElse(null);
  }
}
