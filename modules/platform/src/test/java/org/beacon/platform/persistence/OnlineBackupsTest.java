package org.beacon.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.zip.ZipFile;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup request left in the data directory is answered with H2's online backup, or a reason. */
class OnlineBackupsTest {

  @TempDir Path data;

  private final OnlineBackups backups = new OnlineBackups();
  private Path requests;

  @BeforeEach
  void openDatabase() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + data.resolve("beacon") + ";DB_CLOSE_DELAY=-1");
    h2.setUser("beacon");
    try (Connection connection = h2.getConnection()) {
      connection.createStatement().execute("create table incident(reference varchar(20))");
      connection.createStatement().execute("insert into incident values ('INC-2026-0001')");
    }
    backups.database = h2;
    requests = Files.createDirectories(data.resolve(OnlineBackups.REQUESTS));
  }

  @Test
  void aRequestIsAnsweredWithAConsistentCopyWhileTheDatabaseIsOpen() throws Exception {
    Path target = data.resolve("copies/monday.zip");
    Files.createDirectories(target.getParent());
    Files.writeString(requests.resolve("one.request"), target.toString());

    backups.answer(requests);

    assertThat(requests.resolve("one.done")).exists();
    assertThat(requests.resolve("one.request")).doesNotExist();
    assertThat(requests.resolve("one.working")).doesNotExist();
    Path restored = Files.createDirectories(data.resolve("restored"));
    try (ZipFile zip = new ZipFile(target.toFile())) {
      assertThat(zip.getEntry("beacon.mv.db")).isNotNull();
      Files.copy(
          zip.getInputStream(zip.getEntry("beacon.mv.db")), restored.resolve("beacon.mv.db"));
    }
    try (Connection copy =
            DriverManager.getConnection(
                "jdbc:h2:file:" + restored.resolve("beacon"), "beacon", "");
        ResultSet rows = copy.createStatement().executeQuery("select reference from incident")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("INC-2026-0001");
    }
  }

  @Test
  void anExistingFileOrARelativePathIsRefusedWithTheReasonAndNothingIsOverwritten()
      throws Exception {
    Path existing = Files.writeString(data.resolve("keep.zip"), "yesterday's backup");
    Files.writeString(requests.resolve("again.request"), existing.toString());
    Files.writeString(requests.resolve("relative.request"), "backup.zip");

    backups.answer(requests);

    assertThat(Files.readString(requests.resolve("again.failed"))).contains("exists already");
    assertThat(Files.readString(existing)).isEqualTo("yesterday's backup");
    assertThat(Files.readString(requests.resolve("relative.failed"))).contains("absolute path");
  }

  @Test
  void withoutTheFolderThereIsNothingToDo() throws Exception {
    backups.answer(data.resolve("no-such-folder"));

    assertThat(data.resolve("no-such-folder")).doesNotExist();
  }
}
