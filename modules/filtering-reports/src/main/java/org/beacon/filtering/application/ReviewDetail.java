package org.beacon.filtering.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.beacon.filtering.domain.FilteringReview;
import org.beacon.platform.api.CaseHistory;

/** A review: figures, checklists and sign-off; the chronology for those who work reviews. */
public record ReviewDetail(
    long id,
    String reference,
    String status,
    Instant startedAt,
    String requestedBy,
    Instant periodFrom,
    Figures figures,
    Boolean rulesDocumented,
    String providerEffectiveness,
    String technicalNotes,
    Boolean checksReviewed,
    Boolean reportsReviewed,
    String findings,
    String actionsAgreed,
    String signedBy,
    Instant signedAt,
    String governorComments,
    List<CaseHistory.Step> chronology) {

  static ReviewDetail of(FilteringReview r, List<CaseHistory.Step> chronology) {
    return new ReviewDetail(
        r.id(),
        r.reference(),
        r.status().name().toLowerCase(Locale.ROOT),
        r.startedAt(),
        r.requestedBy(),
        r.periodFrom(),
        Figures.of(r.figures()),
        r.rulesDocumented(),
        r.providerEffectiveness(),
        r.technicalNotes(),
        r.checksReviewed(),
        r.reportsReviewed(),
        r.findings(),
        r.actionsAgreed(),
        r.signedBy(),
        r.signedAt(),
        r.governorComments(),
        chronology);
  }
}
