package org.beacon.filtering.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beacon.filtering.domain.FilteringReference;
import org.beacon.filtering.domain.FilteringReview;
import org.beacon.filtering.domain.FilteringReviewRepository;

/** The filtering reviews in the shared database, table {@code flt_review}. */
@ApplicationScoped
public class JpaFilteringReviewRepository implements FilteringReviewRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public FilteringReview add(FilteringReview review) {
    em.persist(review);
    return review;
  }

  @Override
  public Optional<FilteringReview> find(long id) {
    return Optional.ofNullable(em.find(FilteringReview.class, id));
  }

  @Override
  public Optional<FilteringReview> findByReference(String reference) {
    return FilteringReference.parse(FilteringReference.REVIEW, reference)
        .flatMap(ref -> find(ref.id()).filter(r -> r.reference().equals(ref.toString())));
  }

  @Override
  public List<FilteringReview> list(int first, int max) {
    return em.createQuery(
            "select r from FilteringReview r order by r.startedAt desc, r.id desc",
            FilteringReview.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<FilteringReview> lastSigned() {
    return em.createQuery(
            "select r from FilteringReview r where r.status = :signed order by r.signedAt desc, r.id desc",
            FilteringReview.class)
        .setParameter("signed", FilteringReview.Status.SIGNED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
