package org.beacon.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The audit chain in the database, by plain JDBC on a connection of its own (outside every JTA
 * transaction): sealing committed events, and walking the seals to check them.
 *
 * <p>Sealing takes a lock first, so that two Beacon nodes on one PostgreSQL append one chain: an
 * advisory lock there (it needs no grant), a row lock on H2. The primary key on a seal's place and
 * the unique event id are the last word: should two sealers ever race, one of them fails and rolls
 * back.
 */
final class AuditSeals {

  /** "beacon" in ASCII, then 1: Beacon's advisory lock for sealing. */
  static final long ADVISORY_LOCK = 0x626561636F6E0001L;

  private static final String EVENT_COLUMNS =
      "e.id, e.occurred_at, e.actor, e.action, e.resource_type, e.resource_id, e.outcome, e.detail";

  private static final String UNSEALED =
      "select "
          + EVENT_COLUMNS
          + " from pf_audit_event e"
          + " where e.id > ? and not exists (select 1 from pf_audit_seal s where s.event_id = e.id)"
          + " order by e.id fetch first ? rows only";

  private static final String HEAD =
      "select seq, hash from pf_audit_seal order by seq desc fetch first 1 rows only";

  private static final String INSERT =
      "insert into pf_audit_seal (seq, event_id, previous_hash, hash, sealed_at) values (?, ?, ?, ?, ?)";

  private static final String WALK =
      "select s.seq, s.event_id, s.previous_hash, s.hash, "
          + EVENT_COLUMNS
          + ", d.event_id from pf_audit_seal s left join pf_audit_event e on e.id = s.event_id"
          + " left join pf_audit_disposed d on d.event_id = s.event_id order by s.seq";

  private final int batchSize;

  AuditSeals(int batchSize) {
    this.batchSize = batchSize;
  }

  /**
   * Seals every committed event above {@code floor} that has no seal yet, in the order of their
   * ids, one committed batch at a time.
   *
   * @return how many events were sealed
   */
  int seal(Connection connection, long floor, Instant now) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      int sealed = 0;
      long cursor = floor;
      while (true) {
        List<SealedFields> batch;
        try {
          lock(connection);
          batch = unsealed(connection, cursor);
          append(connection, batch, now);
          connection.commit();
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        }
        sealed += batch.size();
        if (batch.size() < batchSize) {
          return sealed;
        }
        cursor = batch.get(batch.size() - 1).id();
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * The newest event id that is committed now: what later, quicker sealing runs may start above.
   */
  long newestEventId(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select max(id) from pf_audit_event")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * Walks the seals in order and recomputes each hash from the event as it is now. Stops at the
   * first seal that does not hold: a seal missing before it, a seal that does not follow the one
   * before it, an event deleted (other than with a disposed record, {@code pf_audit_disposed}), an
   * event changed (or moved to another place in the chain).
   */
  ChainCheck walk(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    // PostgreSQL streams a result only inside a transaction; otherwise it reads all rows at once.
    connection.setAutoCommit(false);
    try (PreparedStatement walk = connection.prepareStatement(WALK)) {
      walk.setFetchSize(1000);
      try (ResultSet rows = walk.executeQuery()) {
        long checked = 0;
        String previous = SealHash.GENESIS;
        while (rows.next()) {
          long seq = rows.getLong(1);
          long eventId = rows.getLong(2);
          String previousHash = rows.getString(3);
          String hash = rows.getString(4);
          if (seq != checked + 1) {
            return ChainCheck.broken(
                checked, eventId, seq, "seal " + (checked + 1) + " before this event's is missing");
          }
          if (!previous.equals(previousHash)) {
            return ChainCheck.broken(
                checked, eventId, seq, "the seal does not follow the one before it");
          }
          rows.getLong(5);
          if (rows.wasNull()) {
            rows.getLong(13);
            if (rows.wasNull()) {
              return ChainCheck.broken(checked, eventId, seq, "the event was deleted");
            }
            // Deleted with a disposed record (retention): the seal still links the chain, and a
            // tombstone event records the disposal.
            previous = hash;
            checked++;
            continue;
          }
          if (!SealHash.of(previous, fields(rows, 5)).equals(hash)) {
            return ChainCheck.broken(
                checked,
                eventId,
                seq,
                "the event was changed, or moved in the chain, after it was sealed");
          }
          previous = hash;
          checked++;
        }
        return ChainCheck.intact(checked);
      }
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
  }

  private void lock(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    String sql =
        product.contains("postgres")
            ? "select pg_advisory_xact_lock(" + ADVISORY_LOCK + ")"
            : "select id from pf_audit_seal_lock where id = 1 for update";
    try (Statement statement = connection.createStatement();
        ResultSet ignored = statement.executeQuery(sql)) {
      // held until this transaction ends
    }
  }

  private List<SealedFields> unsealed(Connection connection, long above) throws SQLException {
    List<SealedFields> events = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(UNSEALED)) {
      select.setLong(1, above);
      select.setInt(2, batchSize);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          events.add(fields(rows, 1));
        }
      }
    }
    return events;
  }

  private void append(Connection connection, List<SealedFields> events, Instant now)
      throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    long seq = 0;
    String previous = SealHash.GENESIS;
    try (Statement statement = connection.createStatement();
        ResultSet head = statement.executeQuery(HEAD)) {
      if (head.next()) {
        seq = head.getLong(1);
        previous = head.getString(2);
      }
    }
    OffsetDateTime sealedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (SealedFields event : events) {
        String hash = SealHash.of(previous, event);
        insert.setLong(1, ++seq);
        insert.setLong(2, event.id());
        insert.setString(3, previous);
        insert.setString(4, hash);
        insert.setObject(5, sealedAt);
        insert.addBatch();
        previous = hash;
      }
      insert.executeBatch();
    }
  }

  private static SealedFields fields(ResultSet rows, int first) throws SQLException {
    return new SealedFields(
        rows.getLong(first),
        rows.getObject(first + 1, OffsetDateTime.class).toInstant(),
        rows.getString(first + 2),
        rows.getString(first + 3),
        rows.getString(first + 4),
        rows.getString(first + 5),
        rows.getString(first + 6),
        rows.getString(first + 7));
  }
}
