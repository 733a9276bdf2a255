package org.beacon.governance.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.beacon.governance.domain.report.GovernorReport;
import org.beacon.governance.domain.report.ReportRepository;
import org.beacon.governance.domain.report.ReportStatus;

/** Governor reports in the shared database, tables {@code gov_report*}. */
@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public GovernorReport add(GovernorReport report) {
    em.persist(report);
    return report;
  }

  @Override
  public Optional<GovernorReport> find(long id) {
    return Optional.ofNullable(em.find(GovernorReport.class, id));
  }

  @Override
  public boolean existsForSchedule(String scheduleKey) {
    return em.createQuery(
                "select count(r) from GovernorReport r where r.scheduleKey = :key", Long.class)
            .setParameter("key", scheduleKey)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<GovernorReport> list(Collection<ReportStatus> statuses, int first, int max) {
    return em.createQuery(
            "select r from GovernorReport r where r.status in :statuses order by r.periodTo desc, r.id desc",
            GovernorReport.class)
        .setParameter("statuses", statuses)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }
}
