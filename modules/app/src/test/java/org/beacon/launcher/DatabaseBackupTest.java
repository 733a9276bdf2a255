package org.beacon.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.beacon.platform.persistence.OnlineBackups;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --backup} and {@code --restore} on the embedded database, running and not. */
class DatabaseBackupTest {

  @TempDir Path work;

  @Test
  void aStoppedDatabaseIsCopiedAndRestoresIntoAnEmptyDirectory() throws Exception {
    Path data = work.resolve("data");
    createDatabase(data).close();
    Path backup = work.resolve("backups/friday.zip");

    String said = new DatabaseBackup(data, null, Duration.ofSeconds(5)).backUp(backup);

    assertThat(said).contains("not running");
    Path fresh = work.resolve("fresh");
    new DatabaseBackup(fresh, null, Duration.ofSeconds(5)).restore(backup);
    assertThat(onlyReference(fresh)).isEqualTo("INC-2026-0001");
  }

  @Test
  void aRunningDatabaseIsBackedUpByTheServerThatHoldsIt() throws Exception {
    Path data = work.resolve("data");
    ScheduledExecutorService server = Executors.newSingleThreadScheduledExecutor();
    try (Connection open = createDatabase(data)) {
      OnlineBackups backups = new OnlineBackups();
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:file:" + data.resolve("beacon"));
      h2.setUser("beacon");
      Field database = OnlineBackups.class.getDeclaredField("database");
      database.setAccessible(true);
      database.set(backups, h2);
      // The server's round, as the platform schedules it: the request folder under the data
      // directory.
      var answer = OnlineBackups.class.getDeclaredMethod("answer", Path.class);
      answer.setAccessible(true);
      Path requests = data.resolve(DatabaseBackup.REQUESTS);
      server.scheduleWithFixedDelay(
          () -> {
            try {
              answer.invoke(backups, requests);
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException(e);
            }
          },
          100,
          100,
          TimeUnit.MILLISECONDS);
      Path backup = work.resolve("during.zip");

      String said = new DatabaseBackup(data, null, Duration.ofSeconds(30)).backUp(backup);

      assertThat(said).contains("running Beacon");
      assertThat(open.isClosed()).isFalse();
      Path fresh = work.resolve("fresh");
      new DatabaseBackup(fresh, null, Duration.ofSeconds(5)).restore(backup);
      assertThat(onlyReference(fresh)).isEqualTo("INC-2026-0001");
    } finally {
      server.shutdownNow();
    }
  }

  @Test
  void refusalsSayWhatToDoAndChangeNothing() throws Exception {
    Path data = work.resolve("data");
    createDatabase(data).close();
    Path existing = Files.writeString(work.resolve("existing.zip"), "keep");
    DatabaseBackup embedded = new DatabaseBackup(data, null, Duration.ofSeconds(5));

    assertThatThrownBy(() -> embedded.backUp(existing)).hasMessageContaining("exists already");
    assertThat(Files.readString(existing)).isEqualTo("keep");
    assertThatThrownBy(() -> embedded.restore(existing))
        .hasMessageContaining("holds a database already");
    assertThatThrownBy(
            () ->
                new DatabaseBackup(work.resolve("empty"), null, Duration.ofSeconds(5))
                    .restore(existing))
        .hasMessageContaining("Not a Beacon backup");
    assertThat(work.resolve("empty/beacon.mv.db")).doesNotExist();
    assertThatThrownBy(
            () ->
                new DatabaseBackup(work.resolve("none"), null, Duration.ofSeconds(5))
                    .backUp(work.resolve("x.zip")))
        .hasMessageContaining("no Beacon database");
    assertThatThrownBy(
            () ->
                new DatabaseBackup(
                        data, "jdbc:postgresql://db/beacon?password=secret", Duration.ofSeconds(5))
                    .backUp(work.resolve("pg.zip")))
        .hasMessageContaining("pg_dump")
        .hasMessageNotContaining("secret");
  }

  @Test
  void theLauncherRunsTheCommandInsteadOfStartingAndExplainsItsUsage() {
    assertThat(DatabaseBackup.run(new String[] {"--port", "8080"}, name -> null)).isNull();
    assertThat(DatabaseBackup.run(new String[] {"--backup"}, name -> null)).isEqualTo(2);
    Path data = work.resolve("nothing-here");
    assertThat(
            DatabaseBackup.run(
                new String[] {"--backup", work.resolve("b.zip").toString()},
                name -> name.equals("BEACON_DATA") ? data.toString() : null))
        .isEqualTo(2);
  }

  private static Connection createDatabase(Path data) throws Exception {
    Connection connection =
        DriverManager.getConnection("jdbc:h2:file:" + data.resolve("beacon"), "beacon", "");
    connection.createStatement().execute("create table incident(reference varchar(20))");
    connection.createStatement().execute("insert into incident values ('INC-2026-0001')");
    return connection;
  }

  private static String onlyReference(Path data) throws Exception {
    try (Connection copy =
            DriverManager.getConnection("jdbc:h2:file:" + data.resolve("beacon"), "beacon", "");
        ResultSet rows = copy.createStatement().executeQuery("select reference from incident")) {
      assertThat(rows.next()).isTrue();
      return rows.getString(1);
    }
  }
}
