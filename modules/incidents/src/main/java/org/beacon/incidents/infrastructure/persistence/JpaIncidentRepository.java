package org.beacon.incidents.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.IncidentReference;
import org.beacon.incidents.domain.IncidentRepository;

/** The incident log in the shared database, tables {@code inc_*}. */
@ApplicationScoped
public class JpaIncidentRepository implements IncidentRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Inject DailyIncidentFigures daily;

  @Override
  public void change(Incident incident, Consumer<Incident> change) {
    DailyIncidentFigures.Share before = DailyIncidentFigures.Share.of(incident);
    change.accept(incident);
    daily.moved(before, DailyIncidentFigures.Share.of(incident));
  }

  @Override
  public Incident add(Incident incident) {
    em.persist(incident);
    return incident;
  }

  @Override
  public Optional<Incident> find(long id) {
    return Optional.ofNullable(em.find(Incident.class, id));
  }

  @Override
  public Optional<Incident> findByReference(String reference) {
    return IncidentReference.parse(reference)
        .flatMap(ref -> find(ref.id()))
        .filter(
            incident ->
                incident
                    .reference()
                    .equals(IncidentReference.parse(reference).orElseThrow().toString()));
  }

  @Override
  public List<Incident> search(IncidentQuery query, int first, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    var criteria = cb.createQuery(Incident.class);
    Root<Incident> incident = criteria.from(Incident.class);
    List<Predicate> where = new ArrayList<>();
    if (query.reportedBy() != null) {
      where.add(cb.equal(incident.get("reportedBy"), query.reportedBy()));
    }
    if (query.status() != null) {
      where.add(cb.equal(incident.get("status"), query.status()));
    }
    if (query.classification() != null) {
      where.add(cb.equal(incident.get("classification"), query.classification()));
    }
    if (query.incidentType() != null) {
      where.add(cb.equal(incident.get("incidentType"), query.incidentType()));
    }
    if (query.from() != null) {
      where.add(cb.greaterThanOrEqualTo(incident.get("reportedAt"), query.from()));
    }
    if (query.to() != null) {
      where.add(cb.lessThan(incident.get("reportedAt"), query.to()));
    }
    if (query.excludeStaffUsername() != null) {
      Subquery<Long> naming = criteria.subquery(Long.class);
      Root<Incident> named = naming.from(Incident.class);
      naming
          .select(named.get("id"))
          .where(cb.equal(named.join("staff").get("username"), query.excludeStaffUsername()));
      where.add(cb.not(incident.get("id").in(naming)));
    }
    if (!query.excludeIds().isEmpty()) {
      where.add(cb.not(incident.get("id").in(query.excludeIds())));
    }
    criteria
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.desc(incident.get("reportedAt")), cb.desc(incident.get("id")));
    return em.createQuery(criteria).setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public List<Incident> involvingPupil(String pupilReference) {
    return em.createQuery(
            "select distinct i from Incident i join i.pupils p where p.reference = :ref order by i.reportedAt",
            Incident.class)
        .setParameter("ref", pupilReference)
        .getResultList();
  }

  @Override
  public List<Incident> involvingStaff(String staffReference) {
    return em.createQuery(
            "select distinct i from Incident i join i.staff s"
                + " where s.username = :ref or s.name = :ref order by i.reportedAt",
            Incident.class)
        .setParameter("ref", staffReference)
        .getResultList();
  }
}
