package org.beacon.platform.api;

/**
 * The audit trail of case data: every read and write and every task action, with who did it, when,
 * to what, and whether it was allowed. Modules call this; nobody writes audit rows by hand. A
 * refusal, and a read outside a transaction, is written in a transaction of its own, so it is
 * recorded whatever becomes of the request. Work allowed inside a transaction is recorded in it and
 * commits, or not, with the work.
 */
public interface AuditLog {

  /**
   * The caller was allowed to do {@code action} on the resource. Inside a transaction the entry is
   * part of it.
   */
  void allowed(String action, String resourceType, String resourceId);

  /** As {@link #allowed(String, String, String)}, with a short note (never case content). */
  void allowed(String action, String resourceType, String resourceId, String detail);

  /** The caller was refused; {@code reason} says why. */
  void denied(String action, String resourceType, String resourceId, String reason);

  /**
   * As {@link #allowed(String, String, String, String)}, but written in the caller's transaction,
   * which must exist: for steps the process engine runs (delegates, task listeners, timers). Their
   * transaction is the engine's, which holds a connection; suspending it for a transaction of the
   * audit's own leaves Payara's pool confused ("state.isBusy already set to false", and on
   * PostgreSQL "Cannot commit when autoCommit is enabled"). The entry commits or rolls back with
   * the step, which is what it records. By default (an audit log of a test, say) it is {@link
   * #allowed(String, String, String, String)}.
   */
  default void allowedInTransaction(
      String action, String resourceType, String resourceId, String detail) {
    allowed(action, resourceType, resourceId, detail);
  }
}
