package org.beacon.filtering.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beacon.filtering.domain.FilteringReference;
import org.beacon.filtering.domain.FilteringReport;
import org.beacon.filtering.domain.FilteringReportRepository;
import org.beacon.filtering.domain.ReportKind;
import org.beacon.filtering.domain.ReportOutcome;
import org.beacon.filtering.domain.ReportStatus;

/** Filtering reports in the shared database, tables {@code flt_report*}. */
@ApplicationScoped
public class JpaFilteringReportRepository implements FilteringReportRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public FilteringReport add(FilteringReport report) {
    em.persist(report);
    return report;
  }

  @Override
  public Optional<FilteringReport> find(long id) {
    return Optional.ofNullable(em.find(FilteringReport.class, id));
  }

  @Override
  public Optional<FilteringReport> findByReference(String reference) {
    return FilteringReference.parse(FilteringReference.REPORT, reference)
        .flatMap(ref -> find(ref.id()).filter(r -> r.reference().equals(ref.toString())));
  }

  @Override
  public List<FilteringReport> list(
      String reportedBy,
      ReportStatus status,
      java.util.Set<String> excludeReferences,
      int first,
      int max) {
    java.util.Set<Long> excludeIds =
        excludeReferences.stream()
            .map(r -> FilteringReference.parse(FilteringReference.REPORT, r))
            .flatMap(java.util.Optional::stream)
            .map(FilteringReference::id)
            .collect(java.util.stream.Collectors.toSet());
    StringBuilder jpql = new StringBuilder("select r from FilteringReport r where 1 = 1");
    if (reportedBy != null) {
      jpql.append(" and r.reportedBy = :reportedBy");
    }
    if (status != null) {
      jpql.append(" and r.status = :status");
    }
    if (!excludeIds.isEmpty()) {
      jpql.append(" and r.id not in :excludeIds");
    }
    jpql.append(" order by r.reportedAt desc, r.id desc");
    TypedQuery<FilteringReport> query = em.createQuery(jpql.toString(), FilteringReport.class);
    if (reportedBy != null) {
      query.setParameter("reportedBy", reportedBy);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    if (!excludeIds.isEmpty()) {
      query.setParameter("excludeIds", excludeIds);
    }
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public Map<ReportKind, Long> countByKind(Instant since) {
    Map<ReportKind, Long> counts = new EnumMap<>(ReportKind.class);
    Queries.since(
            em,
            "select r.kind, count(r) from FilteringReport r",
            "r.reportedAt",
            since,
            "group by r.kind")
        .forEach(row -> counts.put((ReportKind) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public Map<ReportOutcome, Long> countByOutcome(Instant since) {
    Map<ReportOutcome, Long> counts = new EnumMap<>(ReportOutcome.class);
    Queries.since(
            em,
            "select r.outcome, count(r) from FilteringReport r where r.outcome is not null",
            "r.closedAt",
            since,
            "group by r.outcome")
        .forEach(row -> counts.put((ReportOutcome) row[0], (Long) row[1]));
    return counts;
  }
}
