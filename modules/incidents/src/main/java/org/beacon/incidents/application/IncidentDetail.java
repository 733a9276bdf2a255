package org.beacon.incidents.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.beacon.incidents.domain.Incident;
import org.beacon.platform.api.CaseHistory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An incident as the caller may see it. Fields the caller may not see are absent (null), so one
 * shape serves the DSL's full view, the reporter's view and the technician's view.
 */
public record IncidentDetail(
    long id,
    String reference,
    String view,
    String status,
    Instant reportedAt,
    String reportedBy,
    Instant occurredAt,
    String location,
    Device device,
    String description,
    List<String> urls,
    List<Pupil> pupils,
    List<Staff> staff,
    String incidentType,
    String incidentTypeOther,
    Boolean immediateRisk,
    String classification,
    String involves,
    String recommendedActions,
    List<String> actionsTaken,
    String otherActions,
    String differenceReason,
    List<Decision> decisions,
    String outcomeSummary,
    Boolean policyReview,
    Instant closedAt,
    List<Link> links,
    List<CaseHistory.Step> chronology) {

  /**
   * @param ownership school or personal @param identifier the device's identifier
   */
  public record Device(String ownership, String identifier) {}

  /**
   * @param reference pupil reference @param yearGroup year group
   */
  public record Pupil(String reference, String yearGroup) {}

  /**
   * @param username Beacon username, if any @param name name, for someone without an account
   */
  public record Staff(String username, String name) {}

  /**
   * What was decided for one party: a pupil (by reference) or the staff named.
   *
   * @param party the pupil's reference, or {@code staff}
   * @param recommended what the school's matrix recommended, actions joined by "; "
   * @param actions the matrix actions chosen
   * @param otherActions anything else the DSL wrote
   * @param differenceReason why the actions differ from the recommendation, if they do
   */
  public record Decision(
      String party,
      String recommended,
      List<String> actions,
      String otherActions,
      String differenceReason) {}

  /**
   * @param kind what was opened @param createdAt when @param note what happened
   */
  @Schema(name = "IncidentLink")
  public record Link(String kind, Instant createdAt, String note) {}

  static IncidentDetail of(IncidentLog.Seen seen) {
    Incident i = seen.incident();
    IncidentView view = seen.view();
    boolean full = view == IncidentView.FULL;
    boolean reporter = view == IncidentView.REPORTER;
    boolean technical = view == IncidentView.TECHNICAL;
    Device device =
        new Device(i.deviceOwnership().name().toLowerCase(Locale.ROOT), i.deviceIdentifier());
    return new IncidentDetail(
        i.id(),
        i.reference(),
        view.name().toLowerCase(Locale.ROOT),
        i.status().name().toLowerCase(Locale.ROOT),
        full || reporter ? i.reportedAt() : null,
        full ? i.reportedBy() : null,
        i.occurredAt(),
        full || reporter ? i.location() : null,
        device,
        full || reporter ? i.description() : null,
        i.urls(),
        full || reporter
            ? i.pupils().stream().map(p -> new Pupil(p.reference(), p.yearGroup())).toList()
            : null,
        full || reporter
            ? i.staff().stream().map(s -> new Staff(s.username(), s.name())).toList()
            : null,
        full || reporter ? i.incidentType() : null,
        full || reporter ? i.incidentTypeOther() : null,
        full || reporter ? i.immediateRisk() : null,
        full && i.classification() != null ? i.classification().id() : null,
        full ? i.involves() : null,
        full ? i.recommendedActions() : null,
        full ? i.actionsTaken() : null,
        full ? i.otherActions() : null,
        full ? i.differenceReason() : null,
        full
            ? i.decisions().stream()
                .map(
                    d ->
                        new Decision(
                            d.party(),
                            d.recommended(),
                            d.actions(),
                            d.otherActions(),
                            d.differenceReason()))
                .toList()
            : null,
        full ? i.outcomeSummary() : null,
        full ? i.policyReview() : null,
        full || reporter ? i.closedAt() : null,
        full
            ? i.links().stream().map(l -> new Link(l.kind(), l.createdAt(), l.note())).toList()
            : null,
        full ? seen.chronology() : null);
  }
}
