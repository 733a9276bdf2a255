package org.beacon.platform.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An audit event as the database holds it, the fields a seal's hash covers. The time is kept to the
 * microsecond, the precision both H2 and PostgreSQL store, so that a hash computed from the row
 * read back is the same on every reading.
 */
record SealedFields(
    long id,
    Instant occurredAt,
    String actor,
    String action,
    String resourceType,
    String resourceId,
    String outcome,
    String detail) {

  SealedFields {
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }
}
