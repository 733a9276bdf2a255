package org.beacon.filtering;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.beacon.filtering.domain.ChangeStatus;
import org.beacon.filtering.domain.FilteringChangeRequest;
import org.beacon.filtering.domain.FilteringChangeRequestRepository;
import org.beacon.filtering.domain.FilteringCheck;
import org.beacon.filtering.domain.FilteringCheckRepository;
import org.beacon.filtering.domain.FilteringReference;
import org.beacon.filtering.domain.FilteringReport;
import org.beacon.filtering.domain.FilteringReportRepository;
import org.beacon.filtering.domain.FilteringReview;
import org.beacon.filtering.domain.FilteringReviewRepository;
import org.beacon.filtering.domain.FlaggedLine;
import org.beacon.filtering.domain.LogImport;
import org.beacon.filtering.domain.LogImportRepository;
import org.beacon.filtering.domain.LogReview;
import org.beacon.filtering.domain.ReportKind;
import org.beacon.filtering.domain.ReportOutcome;
import org.beacon.filtering.domain.ReportStatus;
import org.beacon.filtering.domain.WatchEntry;
import org.beacon.filtering.domain.WatchListRepository;
import org.beacon.platform.api.AuditLog;

/**
 * The module's repositories and the audit log in memory, for tests that run the real delegates,
 * listeners and use cases without a database. Ids are given as the database would.
 */
public final class InMemory {

  /** The people named in cases, resolved against the demo school's directory. */
  public final org.beacon.platform.people.InMemoryCaseParties parties =
      new org.beacon.platform.people.InMemoryCaseParties(
          org.beacon.platform.identity.PeopleSnapshot.demoSchool());

  public final Reports reports = new Reports();
  public final Changes changes = new Changes();
  public final Imports imports = new Imports();
  public final Watch watchList = new Watch();
  public final Checks checks = new Checks();
  public final Reviews reviews = new Reviews();
  public final Audit audit = new Audit();

  private static final Map<Class<?>, AtomicLong> IDS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Gives the entity its id, as persisting it would. */
  static <T> T stored(T entity) {
    try {
      Field id = entity.getClass().getDeclaredField("id");
      id.setAccessible(true);
      if (id.get(entity) == null) {
        id.set(
            entity,
            IDS.computeIfAbsent(entity.getClass(), c -> new AtomicLong(1000)).incrementAndGet());
      }
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the audit log was told, as "action resourceType resourceId outcome". */
  public static final class Audit implements AuditLog {
    public final List<String> entries = new ArrayList<>();

    @Override
    public void allowed(String action, String resourceType, String resourceId) {
      entries.add(action + " " + resourceType + " " + resourceId + " allowed");
    }

    @Override
    public void allowed(String action, String resourceType, String resourceId, String detail) {
      allowed(action, resourceType, resourceId);
    }

    @Override
    public void denied(String action, String resourceType, String resourceId, String reason) {
      entries.add(action + " " + resourceType + " " + resourceId + " denied");
    }
  }

  public static final class Reports implements FilteringReportRepository {
    public final Map<Long, FilteringReport> all = new LinkedHashMap<>();

    @Override
    public FilteringReport add(FilteringReport report) {
      all.put(stored(report).id(), report);
      return report;
    }

    @Override
    public Optional<FilteringReport> find(long id) {
      return Optional.ofNullable(all.get(id));
    }

    @Override
    public Optional<FilteringReport> findByReference(String reference) {
      return all.values().stream().filter(r -> r.reference().equals(reference)).findFirst();
    }

    @Override
    public List<FilteringReport> list(
        String reportedBy,
        ReportStatus status,
        java.util.Set<String> excludeReferences,
        int first,
        int max) {
      return all.values().stream()
          .filter(r -> reportedBy == null || reportedBy.equals(r.reportedBy()))
          .filter(r -> !excludeReferences.contains(r.reference()))
          .filter(r -> status == null || status == r.status())
          .skip(first)
          .limit(max)
          .toList();
    }

    @Override
    public Map<ReportKind, Long> countByKind(Instant since) {
      Map<ReportKind, Long> counts = new EnumMap<>(ReportKind.class);
      all.values().stream()
          .filter(r -> since == null || !r.reportedAt().isBefore(since))
          .forEach(r -> counts.merge(r.kind(), 1L, Long::sum));
      return counts;
    }

    @Override
    public Map<ReportOutcome, Long> countByOutcome(Instant since) {
      Map<ReportOutcome, Long> counts = new EnumMap<>(ReportOutcome.class);
      all.values().stream()
          .filter(r -> r.outcome() != null && (since == null || !r.closedAt().isBefore(since)))
          .forEach(r -> counts.merge(r.outcome(), 1L, Long::sum));
      return counts;
    }
  }

  public static final class Changes implements FilteringChangeRequestRepository {
    public final Map<Long, FilteringChangeRequest> all = new LinkedHashMap<>();

    @Override
    public FilteringChangeRequest add(FilteringChangeRequest request) {
      all.put(stored(request).id(), request);
      return request;
    }

    @Override
    public Optional<FilteringChangeRequest> find(long id) {
      return Optional.ofNullable(all.get(id));
    }

    @Override
    public Optional<FilteringChangeRequest> findByReference(String reference) {
      return all.values().stream().filter(r -> r.reference().equals(reference)).findFirst();
    }

    @Override
    public List<FilteringChangeRequest> list(ChangeStatus status, int first, int max) {
      return all.values().stream()
          .filter(r -> status == null || r.status() == status)
          .skip(first)
          .limit(max)
          .toList();
    }

    @Override
    public List<FilteringChangeRequest> inForce() {
      return all.values().stream()
          .filter(r -> r.status().inForce())
          .sorted(
              Comparator.comparing(FilteringChangeRequest::appliedAt)
                  .thenComparing(FilteringChangeRequest::id))
          .toList();
    }

    @Override
    public Map<ChangeStatus, Long> countDecidedSince(Instant since) {
      Map<ChangeStatus, Long> counts = new EnumMap<>(ChangeStatus.class);
      all.values().stream()
          .filter(r -> r.decidedAt() != null)
          .filter(
              r ->
                  since == null
                      || !Objects.requireNonNullElse(r.appliedAt(), r.decidedAt()).isBefore(since))
          .forEach(r -> counts.merge(r.status(), 1L, Long::sum));
      return counts;
    }
  }

  public static final class Imports implements LogImportRepository {
    public final Map<Long, LogImport> imports = new LinkedHashMap<>();
    public final Map<Long, LogReview> reviews = new LinkedHashMap<>();
    public final List<FlaggedLine> lines = new ArrayList<>();

    @Override
    public LogImport add(LogImport logImport) {
      imports.put(stored(logImport).id(), logImport);
      return logImport;
    }

    @Override
    public Optional<LogImport> findByHash(String contentHash) {
      return imports.values().stream().filter(i -> contentHash.equals(i.contentHash())).findFirst();
    }

    @Override
    public List<LogImport> list(int first, int max) {
      return imports.values().stream().skip(first).limit(max).toList();
    }

    @Override
    public Optional<LogReview> findReview(String userName, LocalDate day) {
      return reviews.values().stream()
          .filter(r -> r.userName().equals(userName) && r.day().equals(day))
          .findFirst();
    }

    @Override
    public Optional<LogReview> findReview(long id) {
      return Optional.ofNullable(reviews.get(id));
    }

    @Override
    public Optional<LogReview> findReviewByReference(String reference) {
      return FilteringReference.parse(FilteringReference.LOG_REVIEW, reference)
          .flatMap(ref -> findReview(ref.id()))
          .filter(r -> r.reference().equals(reference));
    }

    @Override
    public LogReview addReview(LogReview review) {
      reviews.put(stored(review).id(), review);
      return review;
    }

    @Override
    public Set<String> fingerprints(long reviewId) {
      Set<String> found = new HashSet<>();
      lines.stream().filter(l -> l.reviewId() == reviewId).forEach(l -> found.add(l.fingerprint()));
      return found;
    }

    @Override
    public void addLine(FlaggedLine line) {
      lines.add(stored(line));
    }

    @Override
    public void addLines(List<FlaggedLine> batch) {
      batch.forEach(this::addLine);
    }

    @Override
    public List<FlaggedLine> lines(long reviewId, int first, int max) {
      return lines.stream().filter(l -> l.reviewId() == reviewId).skip(first).limit(max).toList();
    }

    @Override
    public long countReviewsSince(Instant since) {
      return reviews.values().stream()
          .filter(r -> since == null || !r.createdAt().isBefore(since))
          .count();
    }
  }

  public static final class Watch implements WatchListRepository {
    public final List<WatchEntry> entries = new ArrayList<>();

    @Override
    public List<WatchEntry> all() {
      return List.copyOf(entries);
    }

    @Override
    public void add(WatchEntry entry) {
      entries.add(stored(entry));
    }

    @Override
    public void remove(WatchEntry entry) {
      entries.remove(entry);
    }
  }

  public static final class Checks implements FilteringCheckRepository {
    public final List<FilteringCheck> all = new ArrayList<>();

    @Override
    public FilteringCheck add(FilteringCheck check) {
      all.add(stored(check));
      return check;
    }

    @Override
    public List<FilteringCheck> list(Instant from, Instant to, int first, int max) {
      return all.stream()
          .filter(
              c ->
                  (from == null || !c.checkedAt().isBefore(from))
                      && (to == null || c.checkedAt().isBefore(to)))
          .skip(first)
          .limit(max)
          .toList();
    }

    @Override
    public long count(Instant since, boolean passed) {
      return all.stream()
          .filter(c -> c.passed() == passed && (since == null || !c.checkedAt().isBefore(since)))
          .count();
    }
  }

  public static final class Reviews implements FilteringReviewRepository {
    public final Map<Long, FilteringReview> all = new LinkedHashMap<>();

    @Override
    public FilteringReview add(FilteringReview review) {
      all.put(stored(review).id(), review);
      return review;
    }

    @Override
    public Optional<FilteringReview> find(long id) {
      return Optional.ofNullable(all.get(id));
    }

    @Override
    public Optional<FilteringReview> findByReference(String reference) {
      return all.values().stream().filter(r -> r.reference().equals(reference)).findFirst();
    }

    @Override
    public List<FilteringReview> list(int first, int max) {
      return all.values().stream().skip(first).limit(max).toList();
    }

    @Override
    public Optional<FilteringReview> lastSigned() {
      return all.values().stream()
          .filter(r -> r.status() == FilteringReview.Status.SIGNED)
          .max(Comparator.comparing(FilteringReview::signedAt));
    }
  }
}
