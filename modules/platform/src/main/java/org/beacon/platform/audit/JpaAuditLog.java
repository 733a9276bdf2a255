package org.beacon.platform.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.beacon.platform.api.AuditLog;
import javax.sql.DataSource;
import org.beacon.platform.audit.AuditEvent.Outcome;
import org.beacon.platform.persistence.PlatformDataSource;

/**
 * Writes audit events through connections outside every transaction (autocommit), so an event is
 * kept whatever becomes of the request's transaction: refusals and failures included. Steps the
 * engine runs write theirs in the engine's transaction ({@link #allowedInTransaction}), so they are
 * recorded exactly when the step's work commits.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

  /** The actor of work that no person started: timers, the job executor, start-up. */
  static final String SYSTEM = "system";

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Inject SecurityContext security;

  static final String INSERT =
      "insert into pf_audit_event (occurred_at, actor, action, resource_type, resource_id, outcome, detail)"
          + " values (?, ?, ?, ?, ?, ?, ?)";

  @Resource(lookup = PlatformDataSource.AUDIT_JNDI_NAME)
  DataSource outsideTransactions;

  @Override
  public void allowed(String action, String resourceType, String resourceId) {
    append(action, resourceType, resourceId, Outcome.ALLOWED, null);
  }

  @Override
  public void allowed(String action, String resourceType, String resourceId, String detail) {
    append(action, resourceType, resourceId, Outcome.ALLOWED, detail);
  }

  @Override
  public void denied(String action, String resourceType, String resourceId, String reason) {
    append(action, resourceType, resourceId, Outcome.DENIED, reason);
  }

  private void append(String action, String resourceType, String resourceId, Outcome outcome, String detail) {
    AuditEvent event = new AuditEvent(Instant.now(), actor(), action, resourceType, resourceId, outcome, detail);
    try (Connection connection = outsideTransactions.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      connection.setAutoCommit(true);
      insert.setObject(1, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
      insert.setString(2, event.actor());
      insert.setString(3, event.action());
      insert.setString(4, event.resourceType());
      insert.setString(5, event.resourceId());
      insert.setString(6, event.outcome().name());
      insert.setString(7, event.detail());
      insert.executeUpdate();
    } catch (SQLException e) {
      // An action that cannot be audited must not happen: the caller's request fails with it.
      throw new IllegalStateException("The audit trail could not be written", e);
    }
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
