package org.beacon.filtering.application;

import java.time.Instant;
import org.beacon.filtering.domain.FilteringCheck;

/** A recorded check. */
public record CheckRow(
    long id,
    Instant checkedAt,
    String checkedBy,
    String device,
    String tested,
    String result,
    String resultDetail,
    String actionTaken,
    String recordedBy,
    Instant recordedAt) {

  static CheckRow of(FilteringCheck c) {
    return new CheckRow(
        c.id(),
        c.checkedAt(),
        c.checkedBy(),
        c.device(),
        c.tested(),
        c.passed() ? "passed" : "failed",
        c.resultDetail(),
        c.actionTaken(),
        c.recordedBy(),
        c.recordedAt());
  }
}
