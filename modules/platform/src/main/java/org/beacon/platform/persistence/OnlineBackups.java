package org.beacon.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.beacon.platform.config.BeaconSettings;
import org.beacon.platform.config.DatabaseKind;

/**
 * Online backups of the embedded H2 database, asked for by {@code java -jar beacon.jar --backup
 * FILE} while Beacon runs (the launcher's {@code DatabaseBackup}; when Beacon is not running the
 * launcher copies the database file itself).
 *
 * <p>The request travels through the data directory, not the network: the command writes {@code
 * <id>.request} (the target file's absolute path) into {@value #REQUESTS}; this server claims it,
 * runs H2's {@code BACKUP TO} (a consistent copy taken while the database is in use) and answers
 * with {@code <id>.done} or {@code <id>.failed} (the reason). Whoever can write there can read the
 * database file anyway, so the directory is the authorisation; no port or password is opened for
 * it. On PostgreSQL there is nothing to watch: {@code pg_dump} is the tool.
 */
@ApplicationScoped
public class OnlineBackups {

  /** The folder under the data directory; the launcher names the same one. */
  public static final String REQUESTS = "backup-requests";

  static final long EVERY_MILLIS = 500;

  private static final Logger LOG = Logger.getLogger(OnlineBackups.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Resource(lookup = PlatformDataSource.AUDIT_JNDI_NAME)
  DataSource database;

  private ScheduledFuture<?> schedule;

  /** Watches for requests when Beacon runs on its embedded H2 database. */
  public synchronized void start() {
    BeaconSettings settings = BeaconSettings.current();
    if (settings.databaseKind() != DatabaseKind.H2 || schedule != null) {
      return;
    }
    Path requests = settings.dataDirectory().resolve(REQUESTS);
    schedule =
        scheduler.scheduleWithFixedDelay(
            () -> answerQuietly(requests), EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
  }

  public synchronized void stop() {
    if (schedule != null) {
      schedule.cancel(false);
      schedule = null;
    }
  }

  private void answerQuietly(Path requests) {
    // A thrown exception would end the schedule for good: log it, and the next round looks again.
    try {
      answer(requests);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Backup requests in " + requests + " could not be read", e);
    }
  }

  void answer(Path requests) throws IOException {
    if (!Files.isDirectory(requests)) {
      return;
    }
    try (DirectoryStream<Path> waiting = Files.newDirectoryStream(requests, "*.request")) {
      for (Path request : waiting) {
        String id = request.getFileName().toString().replaceFirst("\\.request$", "");
        Path claimed = requests.resolve(id + ".working");
        try {
          Files.move(request, claimed, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | NoSuchFileException taken) {
          continue;
        }
        String outcome = backUp(Files.readString(claimed, StandardCharsets.UTF_8).strip());
        Path answer = requests.resolve(id + (outcome == null ? ".done" : ".failed"));
        Files.writeString(answer, outcome == null ? "" : outcome, StandardCharsets.UTF_8);
        Files.deleteIfExists(claimed);
      }
    }
  }

  /** Writes the backup; null when written, else the reason for whoever asked. */
  String backUp(String target) {
    Path file = Path.of(target);
    if (!file.isAbsolute()) {
      return "The backup file must be an absolute path: " + target;
    }
    if (Files.exists(file)) {
      return "The backup file exists already; Beacon never overwrites one: " + target;
    }
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("BACKUP TO '" + target.replace("'", "''") + "'");
      LOG.info(() -> "Backed up the embedded database to " + target);
      return null;
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "The backup to " + target + " failed", e);
      return "The database could not be backed up: " + e.getMessage();
    }
  }
}
