package org.beacon.filtering.application;

import java.time.Instant;
import java.util.List;
import org.beacon.filtering.domain.FilteringChangeRequest;
import org.beacon.platform.api.CaseHistory;

/** A block or allow change request, with its chronology when one is asked for. */
public record ChangeRequestDetail(
    long id,
    String reference,
    String status,
    String action,
    String patternType,
    String pattern,
    String scope,
    String yearGroups,
    String reason,
    String proposedBy,
    Instant proposedAt,
    String reportReference,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    String appliedBy,
    Instant appliedAt,
    String filterReference,
    String verifiedBy,
    Instant verifiedAt,
    String verificationNote,
    List<CaseHistory.Step> chronology) {

  static ChangeRequestDetail of(FilteringChangeRequest r, List<CaseHistory.Step> chronology) {
    return new ChangeRequestDetail(
        r.id(),
        r.reference(),
        r.status().id(),
        r.action().id(),
        r.patternType().id(),
        r.pattern(),
        r.scope().id(),
        r.yearGroups(),
        r.reason(),
        r.proposedBy(),
        r.proposedAt(),
        r.reportReference(),
        r.decidedBy(),
        r.decidedAt(),
        r.decisionReason(),
        r.appliedBy(),
        r.appliedAt(),
        r.filterReference(),
        r.verifiedBy(),
        r.verifiedAt(),
        r.verificationNote(),
        chronology);
  }
}
