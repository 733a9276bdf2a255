package org.beacon.filtering.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Count queries over a period that may have no start. */
final class Queries {

  private Queries() {}

  /**
   * Runs {@code select ... [where ...] [and] <timeField> >= :since <tail>}, leaving the condition
   * out when {@code since} is null (a null parameter has no SQL type on PostgreSQL).
   */
  static List<Object[]> since(
      EntityManager em, String select, String timeField, Instant since, String tail) {
    String glue = select.contains(" where ") ? " and " : " where ";
    String jpql =
        since == null ? select + " " + tail : select + glue + timeField + " >= :since " + tail;
    var query = em.createQuery(jpql, Object[].class);
    if (since != null) {
      query.setParameter("since", since);
    }
    return query.getResultList();
  }

  /** As {@link #since}, for a single count. */
  static long count(EntityManager em, String select, String timeField, Instant since) {
    String glue = select.contains(" where ") ? " and " : " where ";
    String jpql = since == null ? select : select + glue + timeField + " >= :since";
    var query = em.createQuery(jpql, Long.class);
    if (since != null) {
      query.setParameter("since", since);
    }
    return query.getSingleResult();
  }
}
