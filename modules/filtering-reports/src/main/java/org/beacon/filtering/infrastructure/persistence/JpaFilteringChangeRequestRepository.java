package org.beacon.filtering.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beacon.filtering.domain.ChangeStatus;
import org.beacon.filtering.domain.FilteringChangeRequest;
import org.beacon.filtering.domain.FilteringChangeRequestRepository;
import org.beacon.filtering.domain.FilteringReference;

/** Change requests in the shared database, table {@code flt_change_request}. */
@ApplicationScoped
public class JpaFilteringChangeRequestRepository implements FilteringChangeRequestRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public FilteringChangeRequest add(FilteringChangeRequest request) {
    em.persist(request);
    return request;
  }

  @Override
  public Optional<FilteringChangeRequest> find(long id) {
    return Optional.ofNullable(em.find(FilteringChangeRequest.class, id));
  }

  @Override
  public Optional<FilteringChangeRequest> findByReference(String reference) {
    return FilteringReference.parse(FilteringReference.CHANGE_REQUEST, reference)
        .flatMap(ref -> find(ref.id()).filter(r -> r.reference().equals(ref.toString())));
  }

  @Override
  public List<FilteringChangeRequest> list(ChangeStatus status, int first, int max) {
    var query =
        status == null
            ? em.createQuery(
                "select c from FilteringChangeRequest c order by c.proposedAt desc, c.id desc",
                FilteringChangeRequest.class)
            : em.createQuery(
                    "select c from FilteringChangeRequest c where c.status = :status order by c.proposedAt desc, c.id desc",
                    FilteringChangeRequest.class)
                .setParameter("status", status);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public List<FilteringChangeRequest> inForce() {
    return em.createQuery(
            "select c from FilteringChangeRequest c where c.status in :statuses order by c.appliedAt, c.id",
            FilteringChangeRequest.class)
        .setParameter("statuses", List.of(ChangeStatus.APPLIED, ChangeStatus.VERIFIED))
        .getResultList();
  }

  @Override
  public Map<ChangeStatus, Long> countDecidedSince(Instant since) {
    Map<ChangeStatus, Long> counts = new EnumMap<>(ChangeStatus.class);
    Queries.since(
            em,
            "select c.status, count(c) from FilteringChangeRequest c where c.decidedAt is not null",
            "coalesce(c.appliedAt, c.decidedAt)",
            since,
            "group by c.status")
        .forEach(row -> counts.put((ChangeStatus) row[0], (Long) row[1]));
    return counts;
  }
}
