package org.beacon.platform.api;

/**
 * The audit trail of case data: every read and write and every task action, with who did it,
 * when, to what, and whether it was allowed. Modules call this; nobody writes audit rows by hand.
 * Entries are written in their own transaction, so a refused or failed action is recorded too.
 */
public interface AuditLog {

  /** The caller was allowed to do {@code action} on the resource. */
  void allowed(String action, String resourceType, String resourceId);

  /** As {@link #allowed(String, String, String)}, with a short note (never case content). */
  void allowed(String action, String resourceType, String resourceId, String detail);

  /** The caller was refused; {@code reason} says why. */
  void denied(String action, String resourceType, String resourceId, String reason);
}
