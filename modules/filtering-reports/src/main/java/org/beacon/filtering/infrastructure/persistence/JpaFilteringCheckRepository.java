package org.beacon.filtering.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.beacon.filtering.domain.FilteringCheck;
import org.beacon.filtering.domain.FilteringCheckRepository;

/** The checks log in the shared database, table {@code flt_check}. */
@ApplicationScoped
public class JpaFilteringCheckRepository implements FilteringCheckRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public FilteringCheck add(FilteringCheck check) {
    em.persist(check);
    return check;
  }

  @Override
  public List<FilteringCheck> list(Instant from, Instant to, int first, int max) {
    StringBuilder jpql = new StringBuilder("select c from FilteringCheck c where 1 = 1");
    if (from != null) {
      jpql.append(" and c.checkedAt >= :from");
    }
    if (to != null) {
      jpql.append(" and c.checkedAt < :to");
    }
    jpql.append(" order by c.checkedAt desc, c.id desc");
    TypedQuery<FilteringCheck> query = em.createQuery(jpql.toString(), FilteringCheck.class);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(Instant since, boolean passed) {
    return Queries.count(
        em,
        "select count(c) from FilteringCheck c where c.passed = " + (passed ? "true" : "false"),
        "c.checkedAt",
        since);
  }
}
