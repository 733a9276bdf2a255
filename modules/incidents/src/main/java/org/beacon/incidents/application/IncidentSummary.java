package org.beacon.incidents.application;

import java.time.Instant;
import java.util.Locale;
import org.beacon.incidents.domain.Incident;

/** A line of the incident log; a reporter's own lines show no classification. */
public record IncidentSummary(
    long id,
    String reference,
    String status,
    Instant reportedAt,
    Instant occurredAt,
    String incidentType,
    Boolean immediateRisk,
    String classification,
    String involves) {

  static IncidentSummary of(IncidentLog.Seen seen) {
    Incident i = seen.incident();
    boolean full = seen.view() == IncidentView.FULL;
    return new IncidentSummary(
        i.id(),
        i.reference(),
        i.status().name().toLowerCase(Locale.ROOT),
        i.reportedAt(),
        i.occurredAt(),
        i.incidentType(),
        i.immediateRisk(),
        full && i.classification() != null ? i.classification().id() : null,
        full ? i.involves() : null);
  }
}
