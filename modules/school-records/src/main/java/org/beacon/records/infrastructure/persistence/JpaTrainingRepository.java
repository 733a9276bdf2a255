package org.beacon.records.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beacon.records.domain.TrainingCourse;
import org.beacon.records.domain.TrainingRecord;
import org.beacon.records.domain.TrainingRepository;

/** Courses and training records, tables {@code rec_course} and {@code rec_training}. */
@ApplicationScoped
public class JpaTrainingRepository implements TrainingRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public List<TrainingCourse> courses() {
    return em.createQuery("select c from TrainingCourse c order by c.title", TrainingCourse.class)
        .getResultList();
  }

  @Override
  public Optional<TrainingCourse> course(String code) {
    return Optional.ofNullable(em.find(TrainingCourse.class, code));
  }

  @Override
  public TrainingRecord add(TrainingRecord record) {
    em.persist(record);
    return record;
  }

  @Override
  public List<TrainingRecord> recordsOf(String username) {
    return em.createQuery(
            "select r from TrainingRecord r where r.username = :u order by r.completedOn desc, r.id desc",
            TrainingRecord.class)
        .setParameter("u", username)
        .getResultList();
  }

  @Override
  public List<TrainingRecord> all() {
    return em.createQuery(
            "select r from TrainingRecord r order by r.completedOn desc, r.id desc",
            TrainingRecord.class)
        .getResultList();
  }
}
