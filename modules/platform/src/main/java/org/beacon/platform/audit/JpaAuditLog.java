package org.beacon.platform.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
import javax.sql.DataSource;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.audit.AuditEvent.Outcome;
import org.beacon.platform.persistence.PlatformDataSource;

/**
 * Writes audit events. A refusal, and anything allowed outside a transaction (a read), is written
 * through a connection outside every transaction (autocommit), so it is kept whatever becomes of
 * the request. Work allowed inside a transaction (a report, a claim, a step the engine runs) is
 * recorded in that transaction: the entry commits exactly when the work does, and the request pays
 * for one commit, not two.
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

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  DataSource inTransaction;

  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public void allowed(String action, String resourceType, String resourceId) {
    allowed(action, resourceType, resourceId, null);
  }

  @Override
  public void allowed(String action, String resourceType, String resourceId, String detail) {
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      write(action, resourceType, resourceId, Outcome.ALLOWED, detail);
    } else {
      append(action, resourceType, resourceId, Outcome.ALLOWED, detail);
    }
  }

  @Override
  public void denied(String action, String resourceType, String resourceId, String reason) {
    append(action, resourceType, resourceId, Outcome.DENIED, reason);
  }

  /** Through a connection of the audit's own pool, outside every transaction (autocommit). */
  private void append(
      String action, String resourceType, String resourceId, Outcome outcome, String detail) {
    try (Connection connection = outsideTransactions.getConnection()) {
      connection.setAutoCommit(true);
      insert(connection, action, resourceType, resourceId, outcome, detail);
    } catch (SQLException e) {
      // An action that cannot be audited must not happen: the caller's request fails with it.
      throw new IllegalStateException("The audit trail could not be written", e);
    }
  }

  /**
   * In the current transaction, on its connection: plain JDBC, since an entity with a generated key
   * would make Hibernate insert at once anyway, at several times the cost.
   */
  private void write(
      String action, String resourceType, String resourceId, Outcome outcome, String detail) {
    try (Connection connection = inTransaction.getConnection()) {
      insert(connection, action, resourceType, resourceId, outcome, detail);
    } catch (SQLException e) {
      throw new IllegalStateException("The audit trail could not be written", e);
    }
  }

  private void insert(
      Connection connection,
      String action,
      String resourceType,
      String resourceId,
      Outcome outcome,
      String detail)
      throws SQLException {
    AuditEvent event =
        new AuditEvent(Instant.now(), actor(), action, resourceType, resourceId, outcome, detail);
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setObject(1, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
      insert.setString(2, event.actor());
      insert.setString(3, event.action());
      insert.setString(4, event.resourceType());
      insert.setString(5, event.resourceId());
      insert.setString(6, event.outcome().name());
      insert.setString(7, event.detail());
      insert.executeUpdate();
    }
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void allowedInTransaction(
      String action, String resourceType, String resourceId, String detail) {
    write(action, resourceType, resourceId, Outcome.ALLOWED, detail);
  }

  /** The newest events first, optionally for one resource or one actor. */
  public List<AuditEvent> search(
      String resourceType, String resourceId, String actor, int first, int max) {
    return search(resourceType, resourceId, actor, AuditScope.EVERYTHING, first, max);
  }

  /** As {@link #search(String, String, String, int, int)}, without the events the scope hides. */
  public List<AuditEvent> search(
      String resourceType, String resourceId, String actor, AuditScope scope, int first, int max) {
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
    jakarta.persistence.criteria.Path<String> id = event.get("resourceId");
    if (!scope.hiddenIds().isEmpty()) {
      where.add(cb.or(cb.isNull(id), cb.not(id.in(scope.hiddenIds()))));
      for (String hidden : scope.hiddenIds()) {
        where.add(cb.or(cb.isNull(id), cb.notLike(id, "%/" + hidden)));
      }
    }
    scope
        .hiddenPairs()
        .forEach(
            (type, ids) -> {
              if (!ids.isEmpty()) {
                where.add(
                    cb.or(
                        cb.isNull(id),
                        cb.notEqual(event.get("resourceType"), type),
                        cb.not(id.in(ids))));
              }
            });
    query.where(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
    query.orderBy(cb.desc(event.get("id")));
    return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
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
