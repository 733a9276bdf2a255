package org.beacon.platform.audit;

import java.util.Map;
import java.util.Set;

/**
 * What a reader of the audit trail must not see: the rows of the cases they are named in (the
 * cases' references, their tasks and process instances), and the reads of their own chronology.
 *
 * @param hiddenIds resource ids hidden whatever their type (references, task and instance ids),
 *     also where they end a longer id (a search of the trail is recorded as {@code type/id})
 * @param hiddenPairs resources hidden by type: the ids of each type
 */
public record AuditScope(Set<String> hiddenIds, Map<String, Set<String>> hiddenPairs) {

  /** An administrator's scope: the whole trail. */
  public static final AuditScope EVERYTHING = new AuditScope(Set.of(), Map.of());

  public AuditScope {
    hiddenIds = Set.copyOf(hiddenIds);
    hiddenPairs = Map.copyOf(hiddenPairs);
  }
}
