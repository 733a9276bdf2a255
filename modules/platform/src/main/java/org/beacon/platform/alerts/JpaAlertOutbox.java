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
            "select a.id from QueuedAlert a where a.dedupeKey = :key and a.recipient = :recipient",
            Long.class)
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
                + " and (a.claimedUntil is null or a.claimedUntil < :now)"
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
                + " and (a.claimedUntil is null or a.claimedUntil < :now)"
                + " order by a.recipient, a.createdAt, a.id",
            QueuedAlert.class)
        .setParameter("before", before)
        .setParameter("now", Instant.now())
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The messages of {@code candidates} that this node wins, each claimed until {@code until}. The
   * conditional update can succeed for one node only: on PostgreSQL a second node's update waits
   * for the first one's row lock, then finds the claim taken and changes nothing. Rows are claimed
   * in the order given (the queries' order), so two nodes never wait for each other in a circle.
   */
  @Transactional(TxType.MANDATORY)
  public List<QueuedAlert> claim(
      List<QueuedAlert> candidates, String node, Instant now, Instant until) {
    List<QueuedAlert> won = new java.util.ArrayList<>();
    for (QueuedAlert alert : candidates) {
      int claimed =
          em.createQuery(
                  "update QueuedAlert a set a.claimedBy = :node, a.claimedUntil = :until"
                      + " where a.id = :id and a.status = 'QUEUED' and (a.claimedUntil is null or a.claimedUntil < :now)")
              .setParameter("node", node)
              .setParameter("until", until)
              .setParameter("id", alert.id())
              .setParameter("now", now)
              .executeUpdate();
      if (claimed == 1) {
        won.add(alert);
      }
    }
    return won;
  }

  /** The newest messages first, for the administrator's list. */
  @Transactional(TxType.MANDATORY)
  public List<QueuedAlert> recent(String status, int offset, int max) {
    String where = status == null ? "" : " where a.status = :status";
    var query =
        em.createQuery(
                "select a from QueuedAlert a" + where + " order by a.createdAt desc, a.id desc",
                QueuedAlert.class)
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
