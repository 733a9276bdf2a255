package org.beacon.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;

/** The outbox in {@code pf_alert}, in the same datasource and transaction as the engine. */
@ApplicationScoped
public class JpaAlertOutbox implements AlertOutbox {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  @Transactional(TxType.MANDATORY)
  public boolean has(String dedupeKey, String recipient) {
    return !em.createQuery(
            "select a.id from QueuedAlert a where a.dedupeKey = :key and a.recipient = :recipient", Long.class)
        .setParameter("key", dedupeKey)
        .setParameter("recipient", recipient)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void add(QueuedAlert alert) {
    em.persist(alert);
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public List<QueuedAlert> dueNow(Instant now, int max) {
    return em.createQuery(
            "select a from QueuedAlert a where a.status = 'QUEUED' and a.delivery = 'now' and a.nextAttemptAt <= :now"
                + " order by a.nextAttemptAt, a.id",
            QueuedAlert.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public List<QueuedAlert> digestBefore(Instant before, int max) {
    return em.createQuery(
            "select a from QueuedAlert a where a.status = 'QUEUED' and a.delivery = 'digest' and a.createdAt < :before"
                + " order by a.recipient, a.createdAt, a.id",
            QueuedAlert.class)
        .setParameter("before", before)
        .setMaxResults(max)
        .getResultList();
  }

  /** The newest messages first, for the administrator's list. */
  @Transactional(TxType.MANDATORY)
  public List<QueuedAlert> recent(String status, int offset, int max) {
    String where = status == null ? "" : " where a.status = :status";
    var query =
        em.createQuery("select a from QueuedAlert a" + where + " order by a.createdAt desc, a.id desc", QueuedAlert.class)
            .setFirstResult(offset)
            .setMaxResults(max);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getResultList();
  }

  @Transactional(TxType.MANDATORY)
  public QueuedAlert find(long id) {
    return em.find(QueuedAlert.class, id);
  }
}
