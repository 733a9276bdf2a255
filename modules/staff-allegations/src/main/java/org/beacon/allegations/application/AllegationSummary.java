package org.beacon.allegations.application;

import java.time.Instant;
import java.util.Locale;
import org.beacon.allegations.domain.Allegation;

/**
 * A line of the allegations list. For the person who recorded it, only that it was received: the
 * other fields stay empty.
 */
public record AllegationSummary(
    String reference,
    String view,
    String status,
    Instant raisedAt,
    String accused,
    Boolean accusedIsHead,
    String caseManager,
    String source,
    String outcome) {

  static AllegationSummary of(AllegationRecords.Seen seen) {
    Allegation a = seen.allegation();
    if (seen.view() != AllegationView.FULL) {
      return new AllegationSummary(
          a.reference(), "received", "received", null, null, null, null, null, null);
    }
    return new AllegationSummary(
        a.reference(),
        "full",
        a.status().name().toLowerCase(Locale.ROOT),
        a.raisedAt(),
        a.accused().username() != null ? a.accused().username() : a.accused().name(),
        a.accused().headteacher(),
        AllegationAccess.caseManager(a.accused().headteacher()).id(),
        a.source().id(),
        a.outcome() == null ? null : a.outcome().id());
  }
}
