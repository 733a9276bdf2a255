package org.beacon.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit chain on a real database (H2 in memory, with the platform's own migrations), written
 * through the audit log's own insert and tampered with by plain SQL, as someone with access to the
 * database would.
 */
class AuditSealsTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:15:30.123456789Z");

  private final AuditSeals seals = new AuditSeals(3);
  private String url;
  private Connection db;

  @BeforeEach
  void migrate() throws SQLException {
    url = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    db = connect();
    // The migrations Flyway applies at start, run as they are (Flyway itself wants Payara's
    // Jackson).
    execute("runscript from 'classpath:/db/migration/platform/V1__identity_and_audit.sql'");
    execute("runscript from 'classpath:/db/migration/platform/V3__audit_seals.sql'");
    execute(
        "runscript from"
            + " 'classpath:/db/migration/platform/V10__retention_disposal_and_evidence_files.sql'");
  }

  @AfterEach
  void drop() throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.execute("shutdown");
    }
    db.close();
  }

  @Test
  void anUntouchedTrailIsIntact() throws SQLException {
    writeEvents(7);

    assertThat(seals.seal(db, 0, NOW)).isEqualTo(7);

    assertThat(seals.walk(db)).isEqualTo(ChainCheck.intact(7));
    assertThat(seals.seal(db, 0, NOW)).as("sealed once only").isZero();
  }

  @Test
  void aChangedFieldNamesItsEvent() throws SQLException {
    List<Long> ids = writeEvents(5);
    seals.seal(db, 0, NOW);

    execute("update pf_audit_event set detail = 'nothing to see' where id = " + ids.get(2));

    ChainCheck check = seals.walk(db);
    assertThat(check.intact()).isFalse();
    assertThat(check.checked()).isEqualTo(2);
    assertThat(check.firstBroken().eventId()).isEqualTo(ids.get(2));
    assertThat(check.firstBroken().reason()).contains("changed");
  }

  @Test
  void aChangedTimeOrActorNamesItsEvent() throws SQLException {
    List<Long> ids = writeEvents(3);
    seals.seal(db, 0, NOW);

    execute(
        "update pf_audit_event set occurred_at = occurred_at + interval '1' second where id = "
            + ids.get(1));
    assertThat(seals.walk(db).firstBroken().eventId()).isEqualTo(ids.get(1));

    execute("update pf_audit_event set actor = 'admin' where id = " + ids.get(0));
    assertThat(seals.walk(db).firstBroken().eventId())
        .as("the first broken one")
        .isEqualTo(ids.get(0));
  }

  @Test
  void aDeletedEventIsNamed() throws SQLException {
    List<Long> ids = writeEvents(4);
    seals.seal(db, 0, NOW);

    execute("delete from pf_audit_event where id = " + ids.get(1));

    ChainCheck check = seals.walk(db);
    assertThat(check.firstBroken().eventId()).isEqualTo(ids.get(1));
    assertThat(check.firstBroken().reason()).contains("deleted");
  }

  @Test
  void anEventDeletedWithADisposedRecordLeavesTheChainIntactButNoOtherDeletion()
      throws SQLException {
    List<Long> ids = writeEvents(4);
    seals.seal(db, 0, NOW);

    execute("delete from pf_audit_event where id = " + ids.get(1));
    execute(
        "insert into pf_audit_disposed (event_id, tombstone_id) values ("
            + ids.get(1)
            + ", "
            + ids.get(3)
            + ")");

    assertThat(seals.walk(db).intact()).isTrue();

    execute("delete from pf_audit_event where id = " + ids.get(2));
    ChainCheck check = seals.walk(db);
    assertThat(check.firstBroken().eventId()).isEqualTo(ids.get(2));
  }

  @Test
  void eventsWhoseContentsWereSwappedAreNamed() throws SQLException {
    List<Long> ids = writeEvents(4);
    seals.seal(db, 0, NOW);

    // The first and third events trade places: each row is whole, only the order changed.
    execute("update pf_audit_event set id = -1 where id = " + ids.get(0));
    execute("update pf_audit_event set id = " + ids.get(0) + " where id = " + ids.get(2));
    execute("update pf_audit_event set id = " + ids.get(2) + " where id = -1");

    assertThat(seals.walk(db).firstBroken().eventId()).isEqualTo(ids.get(0));
  }

  @Test
  void sealsThatTradedPlacesAreNamed() throws SQLException {
    List<Long> ids = writeEvents(4);
    seals.seal(db, 0, NOW);

    execute("update pf_audit_seal set event_id = -1 where seq = 2");
    execute("update pf_audit_seal set event_id = " + ids.get(1) + " where seq = 3");
    execute("update pf_audit_seal set event_id = " + ids.get(2) + " where seq = 2");

    ChainCheck check = seals.walk(db);
    assertThat(check.firstBroken().seq()).isEqualTo(2);
    assertThat(check.firstBroken().eventId()).isEqualTo(ids.get(2));
  }

  @Test
  void aDeletedSealIsNamedAtTheNextEvent() throws SQLException {
    List<Long> ids = writeEvents(4);
    seals.seal(db, 0, NOW);

    execute("delete from pf_audit_seal where seq = 2");

    ChainCheck check = seals.walk(db);
    assertThat(check.firstBroken().eventId()).isEqualTo(ids.get(2));
    assertThat(check.firstBroken().reason()).contains("seal 2").contains("missing");
  }

  @Test
  void aSealRewrittenToFollowAnotherIsNamed() throws SQLException {
    List<Long> ids = writeEvents(3);
    seals.seal(db, 0, NOW);

    execute("update pf_audit_seal set previous_hash = '" + SealHash.GENESIS + "' where seq = 3");

    ChainCheck check = seals.walk(db);
    assertThat(check.firstBroken().eventId()).isEqualTo(ids.get(2));
    assertThat(check.firstBroken().reason()).contains("does not follow");
  }

  @Test
  void anEventIsSealedWhenItsTransactionCommitsNotBefore() throws SQLException {
    try (Connection longTransaction = connect()) {
      longTransaction.setAutoCommit(false);
      long early = insert(longTransaction, "report");
      long late = insert(db, "refused");

      assertThat(seals.seal(db, 0, NOW)).as("only the committed one").isEqualTo(1);

      longTransaction.commit();
      assertThat(early).isLessThan(late);
    }
    assertThat(seals.seal(db, 0, NOW)).isEqualTo(1);
    assertThat(seals.walk(db)).isEqualTo(ChainCheck.intact(2));
  }

  @Test
  void aRolledBackEventLeavesTheChainIntact() throws SQLException {
    writeEvents(2);
    try (Connection rolledBack = connect()) {
      rolledBack.setAutoCommit(false);
      insert(rolledBack, "claim");
      rolledBack.rollback();
    }
    writeEvents(2);

    seals.seal(db, 0, NOW);

    assertThat(seals.walk(db)).isEqualTo(ChainCheck.intact(4));
  }

  @Test
  void aFloorLeavesOlderEventsForTheNextFullSweep() throws SQLException {
    List<Long> ids = writeEvents(4);

    assertThat(seals.seal(db, ids.get(1), NOW)).isEqualTo(2);
    assertThat(seals.seal(db, 0, NOW)).isEqualTo(2);

    assertThat(seals.walk(db)).isEqualTo(ChainCheck.intact(4));
  }

  @Test
  void twoSealersAtOnceAppendOneChain() throws Exception {
    writeEvents(60);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(pool.submit(sealer()));
      }
      int sealed = 0;
      for (Future<Integer> run : runs) {
        sealed += run.get(30, TimeUnit.SECONDS);
      }
      assertThat(sealed).isEqualTo(60);
    } finally {
      pool.shutdownNow();
    }
    assertThat(seals.walk(db)).isEqualTo(ChainCheck.intact(60));
  }

  private Callable<Integer> sealer() {
    return () -> {
      try (Connection own = connect()) {
        return new AuditSeals(2).seal(own, 0, NOW);
      }
    };
  }

  private List<Long> writeEvents(int count) throws SQLException {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(insert(db, i % 2 == 0 ? "read" : "claim", "case-" + i));
    }
    return ids;
  }

  /** The audit log's own insert, with a time in nanoseconds, as {@code Instant.now()} may give. */
  private static long insert(Connection connection, String action) throws SQLException {
    return insert(connection, action, null);
  }

  private static long insert(Connection connection, String action, String resourceId)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(JpaAuditLog.INSERT, Statement.RETURN_GENERATED_KEYS)) {
      insert.setObject(1, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
      insert.setString(2, "dsl");
      insert.setString(3, action);
      insert.setString(4, "task");
      insert.setString(5, resourceId);
      insert.setString(6, "ALLOWED");
      insert.setString(7, action.equals("read") ? null : "");
      insert.executeUpdate();
      try (var keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }
}
