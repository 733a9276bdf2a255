package org.beacon.incidents.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.beacon.incidents.domain.Incident;

/**
 * The incident figures kept per day (migration V6): one row per day and combination of the
 * breakdowns, with the counts {@link IncidentStatistics} adds up, so a year's statistics read a few
 * hundred rows per day instead of every incident.
 *
 * <p>A day is sealed (its rows written from a scan of its incidents) only once it is at least
 * {@link #SEALED_AFTER_DAYS} days old, so reporting a new incident never touches these tables.
 * Every later change to an incident of a sealed day moves its counts in the transaction of the
 * change ({@link JpaIncidentRepository#change}). Sealing and moving take the lock row of {@code
 * inc_daily_lock}, so a day is never sealed from a scan that missed a change still being made. Days
 * are counted in UTC ({@link #day}).
 */
@ApplicationScoped
public class DailyIncidentFigures {

  /** A day is sealed when today (UTC) is at least this many days after it. */
  static final int SEALED_AFTER_DAYS = 3;

  /**
   * A change to an incident this many days old or older moves the counts (one day more than sealing
   * waits, so a change whose transaction runs over midnight is still counted).
   */
  static final int MOVED_AFTER_DAYS = 2;

  private static final long SECONDS_PER_DAY = 86_400;

  private static final String DAY_OF_REPORT = "floor(extract(epoch from reported_at) / 86400)";

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /** The day (days since 1970-01-01, UTC) an instant falls in. */
  static long day(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), SECONDS_PER_DAY);
  }

  static Instant startOf(long day) {
    return Instant.ofEpochSecond(day * SECONDS_PER_DAY);
  }

  long today() {
    return day(clock.instant());
  }

  /**
   * What one incident adds to its day's row.
   *
   * @param triage {@code met}, {@code late}, {@code untriaged} or {@code none} (triaged without a
   *     due time)
   */
  record Share(
      long day,
      String incidentType,
      String classification,
      String involves,
      String status,
      boolean immediateRisk,
      boolean policyReview,
      String triage,
      boolean triageTimed,
      boolean closeTimed) {

    static Share of(Incident incident) {
      String triage;
      if (incident.triagedAt() == null) {
        triage = "untriaged";
      } else if (incident.triageDueAt() == null) {
        triage = "none";
      } else {
        triage = incident.triagedAt().isAfter(incident.triageDueAt()) ? "late" : "met";
      }
      return new Share(
          DailyIncidentFigures.day(incident.reportedAt()),
          incident.incidentType(),
          incident.classification() == null ? null : incident.classification().name(),
          incident.involves(),
          incident.status().name(),
          incident.immediateRisk(),
          Boolean.TRUE.equals(incident.policyReview()),
          triage,
          incident.triageSeconds() != null,
          incident.closeSeconds() != null);
    }
  }

  /**
   * Moves the counts of a sealed day from what an incident was to what it is, in the caller's
   * transaction. A day not yet sealed is left alone: its rows will be written from its incidents.
   */
  void moved(Share before, Share after) {
    if (before.equals(after)) {
      return;
    }
    if (before.day() != after.day()) {
      throw new IllegalStateException("An incident's report time never changes");
    }
    if (before.day() > today() - MOVED_AFTER_DAYS) {
      return;
    }
    lock();
    Number sealed =
        (Number)
            em.createNativeQuery("select count(*) from inc_daily_seal where report_day = ?1")
                .setParameter(1, before.day())
                .getSingleResult();
    if (sealed.longValue() == 0) {
      return;
    }
    add(before, -1);
    add(after, 1);
    em.createNativeQuery("delete from inc_daily_figure where report_day = ?1 and cases = 0")
        .setParameter(1, before.day())
        .executeUpdate();
  }

  private void add(Share share, int sign) {
    long[] values = {
      sign,
      share.immediateRisk() ? sign : 0,
      share.policyReview() ? sign : 0,
      "met".equals(share.triage()) ? sign : 0,
      "late".equals(share.triage()) ? sign : 0,
      "untriaged".equals(share.triage()) ? sign : 0,
      share.triageTimed() ? sign : 0,
      share.closeTimed() ? sign : 0
    };
    Query update =
        em.createNativeQuery(
            "update inc_daily_figure set cases = cases + ?1, immediate_risk = immediate_risk + ?2,"
                + " policy_review = policy_review + ?3, triage_met = triage_met + ?4,"
                + " triage_late = triage_late + ?5, untriaged = untriaged + ?6,"
                + " triage_timed = triage_timed + ?7, close_timed = close_timed + ?8"
                + " where report_day = ?9 and incident_type = ?10 and coalesce(classification, '') = ?11"
                + " and coalesce(involves, '') = ?12 and status = ?13");
    bind(update, share, values);
    if (update.executeUpdate() == 0) {
      Query insert =
          em.createNativeQuery(
              "insert into inc_daily_figure (cases, immediate_risk, policy_review, triage_met,"
                  + " triage_late, untriaged, triage_timed, close_timed, report_day, incident_type,"
                  + " classification, involves, status)"
                  + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, nullif(?11, ''),"
                  + " nullif(?12, ''), ?13)");
      bind(insert, share, values);
      insert.executeUpdate();
    }
  }

  private static void bind(Query query, Share share, long[] values) {
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 1, values[i]);
    }
    query.setParameter(9, share.day());
    query.setParameter(10, share.incidentType());
    query.setParameter(11, share.classification() == null ? "" : share.classification());
    query.setParameter(12, share.involves() == null ? "" : share.involves());
    query.setParameter(13, share.status());
  }

  /**
   * Seals the days of {@code [fromDay, toDay)} old enough and not sealed yet, from a scan of their
   * incidents, in a transaction of its own (the statistics are read outside one).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void seal(long fromDay, long toDay) {
    sealInCurrentTransaction(fromDay, toDay);
  }

  /** {@link #seal} in the caller's transaction. */
  void sealInCurrentTransaction(long fromDay, long toDay) {
    long end = Math.min(toDay, sealableBefore());
    if (fromDay >= end || sealedDays(fromDay, end).size() == end - fromDay) {
      return;
    }
    lock();
    Set<Long> sealed = sealedDays(fromDay, end);
    if (sealed.size() == end - fromDay) {
      return;
    }
    em.createNativeQuery(
            "insert into inc_daily_figure (report_day, incident_type, classification, involves, status,"
                + " cases, immediate_risk, policy_review, triage_met, triage_late, untriaged,"
                + " triage_timed, close_timed)"
                + " select "
                + DAY_OF_REPORT
                + ", incident_type, classification, involves, status, count(*),"
                + " sum(case when immediate_risk = true then 1 else 0 end),"
                + " sum(case when policy_review = true then 1 else 0 end),"
                + " sum(case when triaged_at is not null and triage_due_at is not null and triaged_at <= triage_due_at then 1 else 0 end),"
                + " sum(case when triaged_at is not null and triage_due_at is not null and triaged_at > triage_due_at then 1 else 0 end),"
                + " sum(case when triaged_at is null then 1 else 0 end),"
                + " count(triage_seconds), count(close_seconds)"
                + " from inc_incident where reported_at >= ?1 and reported_at < ?2"
                + " and not exists (select 1 from inc_daily_seal s where s.report_day = "
                + DAY_OF_REPORT
                + ") group by "
                + DAY_OF_REPORT
                + ", incident_type, classification, involves, status")
        .setParameter(1, startOf(fromDay))
        .setParameter(2, startOf(end))
        .executeUpdate();
    for (long day = fromDay; day < end; day++) {
      if (!sealed.contains(day)) {
        em.createNativeQuery("insert into inc_daily_seal (report_day) values (?1)")
            .setParameter(1, day)
            .executeUpdate();
      }
    }
  }

  /** The first day too young to be sealed. */
  long sealableBefore() {
    return today() - SEALED_AFTER_DAYS + 1;
  }

  /** The sealed days of {@code [fromDay, toDay)}. */
  Set<Long> sealedDays(long fromDay, long toDay) {
    Set<Long> days = new TreeSet<>();
    for (Object day :
        em.createNativeQuery(
                "select report_day from inc_daily_seal where report_day >= ?1 and report_day < ?2")
            .setParameter(1, fromDay)
            .setParameter(2, toDay)
            .getResultList()) {
      days.add(((Number) day).longValue());
    }
    return days;
  }

  /**
   * The kept counts of the sealed days of {@code [fromDay, toDay)}, in the shape of {@link
   * IncidentStatistics}' scan: type, classification, involvement, status (lower case), cases,
   * immediate risk, policy review, triage met, late, overdue (every untriaged incident of a sealed
   * day: it is older than the one-day deadline), open (none), triage timed, close timed.
   */
  List<Object[]> rows(long fromDay, long toDay) {
    List<Object[]> rows = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> kept =
        em.createNativeQuery(
                "select incident_type, classification, involves, status, sum(cases),"
                    + " sum(immediate_risk), sum(policy_review), sum(triage_met), sum(triage_late),"
                    + " sum(untriaged), sum(triage_timed), sum(close_timed) from inc_daily_figure"
                    + " where report_day >= ?1 and report_day < ?2"
                    + " group by incident_type, classification, involves, status"
                    + " having sum(cases) > 0")
            .setParameter(1, fromDay)
            .setParameter(2, toDay)
            .getResultList();
    for (Object[] row : kept) {
      rows.add(
          new Object[] {
            row[0],
            lower(row[1]),
            row[2],
            lower(row[3]),
            row[4],
            row[5],
            row[6],
            row[7],
            row[8],
            row[9],
            0L,
            row[10],
            row[11]
          });
    }
    return rows;
  }

  private static Object lower(Object label) {
    return label == null ? null : label.toString().toLowerCase(Locale.ROOT);
  }

  private void lock() {
    em.createNativeQuery("select id from inc_daily_lock where id = 1 for update").getResultList();
  }
}
