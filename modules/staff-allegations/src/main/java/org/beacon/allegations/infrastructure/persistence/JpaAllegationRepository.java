package org.beacon.allegations.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationReference;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.allegations.domain.AllegationStatus;

/** Allegations in the shared database, tables {@code alg_*}. */
@ApplicationScoped
public class JpaAllegationRepository implements AllegationRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public Allegation add(Allegation allegation) {
    // A code already taken is drawn again; the unique key stops two allegations racing for one.
    while (codeTaken(allegation.code())) {
      allegation.drawAnotherCode();
    }
    em.persist(allegation);
    return allegation;
  }

  private boolean codeTaken(String code) {
    return em.createQuery("select count(a) from Allegation a where a.code = :code", Long.class)
            .setParameter("code", code)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<Allegation> closed() {
    return em.createQuery(
            "select a from Allegation a where a.status = :closed order by a.id", Allegation.class)
        .setParameter("closed", AllegationStatus.CLOSED)
        .getResultList();
  }

  @Override
  public void remove(Allegation allegation) {
    em.remove(allegation);
    em.flush();
  }

  @Override
  public Optional<Allegation> find(long id) {
    return Optional.ofNullable(em.find(Allegation.class, id));
  }

  @Override
  public Optional<Allegation> findByReference(String reference) {
    return AllegationReference.parse(reference)
        .flatMap(
            parsed ->
                em.createQuery("select a from Allegation a where a.code = :code", Allegation.class)
                    .setParameter("code", parsed.code())
                    .getResultStream()
                    .findFirst()
                    .filter(a -> a.reference().equals(parsed.toString())));
  }

  @Override
  public List<Allegation> search(AllegationQuery query, int first, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Allegation> criteria = cb.createQuery(Allegation.class);
    Root<Allegation> allegation = criteria.from(Allegation.class);
    Path<Boolean> accusedIsHead = allegation.get("accused").get("headteacher");

    List<Predicate> scopes = new ArrayList<>();
    if (query.staffCases()) {
      scopes.add(cb.isFalse(accusedIsHead));
    }
    if (query.headCases()) {
      scopes.add(cb.isTrue(accusedIsHead));
    }
    if (query.raisedBy() != null) {
      scopes.add(cb.equal(allegation.get("raisedBy"), query.raisedBy()));
    }
    if (scopes.isEmpty()) {
      return List.of();
    }
    List<Predicate> where = new ArrayList<>();
    where.add(cb.or(scopes.toArray(Predicate[]::new)));
    if (!query.excludeCodes().isEmpty()) {
      where.add(cb.not(allegation.get("code").in(query.excludeCodes())));
    }
    if (query.status() != null) {
      where.add(cb.equal(allegation.get("status"), query.status()));
    }
    if (query.accusedReference() != null) {
      where.add(cb.equal(allegation.get("accused").get("reference"), query.accusedReference()));
    }
    if (query.from() != null) {
      where.add(cb.greaterThanOrEqualTo(allegation.get("raisedAt"), query.from()));
    }
    if (query.to() != null) {
      where.add(cb.lessThan(allegation.get("raisedAt"), query.to()));
    }
    criteria
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.desc(allegation.get("raisedAt")), cb.desc(allegation.get("id")));
    return em.createQuery(criteria).setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long countLowLevelConcerns(String accusedReference, Instant since) {
    return em.createQuery(
            "select count(a) from Allegation a where a.lowLevelConcern = true"
                + " and a.accused.reference = :reference and a.raisedAt >= :since",
            Long.class)
        .setParameter("reference", accusedReference)
        .setParameter("since", since)
        .getSingleResult();
  }
}
