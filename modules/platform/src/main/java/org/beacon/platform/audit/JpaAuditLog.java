package org.beacon.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.audit.AuditEvent.Outcome;

/**
 * Writes audit events in a transaction of their own, so refusals and failures are kept too; steps
 * the engine runs write theirs in the engine's transaction ({@link #allowedInTransaction}).
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

  /** The actor of work that no person started: timers, the job executor, start-up. */
  static final String SYSTEM = "system";

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Inject SecurityContext security;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void allowed(String action, String resourceType, String resourceId) {
    write(action, resourceType, resourceId, Outcome.ALLOWED, null);
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void allowed(String action, String resourceType, String resourceId, String detail) {
    write(action, resourceType, resourceId, Outcome.ALLOWED, detail);
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void denied(String action, String resourceType, String resourceId, String reason) {
    write(action, resourceType, resourceId, Outcome.DENIED, reason);
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void allowedInTransaction(String action, String resourceType, String resourceId, String detail) {
    write(action, resourceType, resourceId, Outcome.ALLOWED, detail);
  }

  /** The newest events first, optionally for one resource or one actor. */
  public List<AuditEvent> search(
      String resourceType, String resourceId, String actor, int first, int max) {
    var cb = em.getCriteriaBuilder();
    var query = cb.createQuery(AuditEvent.class);
    var event = query.from(AuditEvent.class);
    var where = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
    if (resourceType != null) {
      where.add(cb.equal(event.get("resourceType"), resourceType));
    }
    if (resourceId != null) {
      where.add(cb.equal(event.get("resourceId"), resourceId));
    }
    if (actor != null) {
      where.add(cb.equal(event.get("actor"), actor));
    }
    query.where(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
    query.orderBy(cb.desc(event.get("id")));
    return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
  }

  private void write(
      String action, String resourceType, String resourceId, Outcome outcome, String detail) {
    em.persist(
        new AuditEvent(
            Instant.now(), actor(), action, resourceType, resourceId, outcome, detail));
  }

  private String actor() {
    try {
      Principal principal = security.getCallerPrincipal();
      return principal == null ? SYSTEM : principal.getName();
    } catch (RuntimeException outsideARequest) {
      return SYSTEM;
    }
  }
}
