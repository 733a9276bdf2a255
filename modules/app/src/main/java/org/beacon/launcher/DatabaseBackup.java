package org.beacon.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code java -jar beacon.jar --backup FILE} and {@code --restore FILE}: a consistent backup of the
 * embedded H2 database in {@code BEACON_DATA}, taken while Beacon runs or not, and its restore into
 * an empty data directory.
 *
 * <p>Whether Beacon runs is told by the database file's lock, which H2 holds while the database is
 * open. Not running: the command takes that lock itself, so nothing can start writing, and copies
 * the file. Running: it asks the server through the data directory (the platform's {@code
 * OnlineBackups}, which runs H2's {@code BACKUP TO}) and waits for the answer. Either way the
 * backup is a zip holding {@value #DATABASE_FILE}, the layout {@code BACKUP TO} writes, so one
 * restore serves both. On PostgreSQL the commands refuse and name {@code pg_dump} and {@code
 * pg_restore}.
 */
final class DatabaseBackup {

  static final String DATABASE_FILE = "beacon.mv.db";

  /**
   * The folder under the data directory that the running server watches (OnlineBackups.REQUESTS).
   */
  static final String REQUESTS = "backup-requests";

  private final Path data;
  private final String databaseUrl;
  private final Duration patience;

  DatabaseBackup(Path data, String databaseUrl, Duration patience) {
    this.data = data.toAbsolutePath().normalize();
    this.databaseUrl = databaseUrl;
    this.patience = patience;
  }

  /** The command for {@code args}, or null when they ask for something else (starting Beacon). */
  static Integer run(String[] args, Function<String, String> setting) {
    if (args.length == 0 || !(args[0].equals("--backup") || args[0].equals("--restore"))) {
      return null;
    }
    if (args.length != 2) {
      System.err.println("Usage: java -jar beacon.jar " + args[0] + " FILE");
      return 2;
    }
    String dataSetting = setting.apply("BEACON_DATA");
    DatabaseBackup backup =
        new DatabaseBackup(
            Path.of(dataSetting == null || dataSetting.isBlank() ? "./data" : dataSetting),
            setting.apply("BEACON_DB_URL"),
            Duration.ofMinutes(30));
    try {
      Path file = Path.of(args[1]).toAbsolutePath().normalize();
      String done = args[0].equals("--backup") ? backup.backUp(file) : backup.restore(file);
      System.out.println(done);
      return 0;
    } catch (LaunchFailure e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (IOException e) {
      System.err.println(args[0].substring(2) + " failed: " + e);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.err.println(args[0].substring(2) + " interrupted");
      return 1;
    }
  }

  String backUp(Path target) throws LaunchFailure, IOException, InterruptedException {
    embeddedOnly("pg_dump -Fc");
    Path database = data.resolve(DATABASE_FILE);
    if (!Files.isRegularFile(database)) {
      throw new LaunchFailure(
          "There is no Beacon database in "
              + data
              + " (set BEACON_DATA to Beacon's data directory)");
    }
    if (Files.exists(target)) {
      throw new LaunchFailure("The backup file exists already; choose a new name: " + target);
    }
    Files.createDirectories(target.getParent());
    try (FileChannel channel =
        FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock = lockIfFree(channel);
      if (lock != null) {
        try {
          copyInto(channel, target);
        } finally {
          lock.release();
        }
        return "Backed up " + database + " to " + target + " (Beacon was not running)";
      }
    }
    askTheRunningServer(target);
    return "Backed up the running Beacon's database in " + data + " to " + target;
  }

  String restore(Path backup) throws LaunchFailure, IOException {
    embeddedOnly("pg_restore");
    if (!Files.isRegularFile(backup)) {
      throw new LaunchFailure("No backup file at " + backup);
    }
    Path database = data.resolve(DATABASE_FILE);
    if (Files.exists(database)) {
      throw new LaunchFailure(
          "The data directory "
              + data
              + " holds a database already: restore into an empty one (set BEACON_DATA)");
    }
    Files.createDirectories(data);
    Path partial = data.resolve(DATABASE_FILE + ".restoring");
    boolean found = false;
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(DATABASE_FILE)) {
          Files.copy(zip, partial, StandardCopyOption.REPLACE_EXISTING);
          found = true;
        }
      }
    } catch (ZipException e) {
      Files.deleteIfExists(partial);
      throw new LaunchFailure("Not a Beacon backup (not a readable zip file): " + backup);
    }
    if (!found) {
      Files.deleteIfExists(partial);
      throw new LaunchFailure("Not a Beacon backup (no " + DATABASE_FILE + " inside): " + backup);
    }
    Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE);
    return "Restored " + backup + " into " + data + "; start Beacon with BEACON_DATA=" + data;
  }

  private void embeddedOnly(String tool) throws LaunchFailure {
    if (databaseUrl != null && !databaseUrl.isBlank()) {
      throw new LaunchFailure(
          "Beacon runs on "
              + databaseUrl.replaceFirst("\\?.*", "")
              + ", not its embedded database: use "
              + tool
              + " (see the README, Backups)");
    }
  }

  /**
   * The database file's lock, or null while Beacon (H2) holds it, in another process or this one.
   */
  private static FileLock lockIfFree(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      return null;
    }
  }

  private static void copyInto(FileChannel channel, Path target) throws IOException {
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(DATABASE_FILE));
      channel.position(0);
      InputStream in = Channels.newInputStream(channel);
      in.transferTo(zip);
      zip.closeEntry();
    }
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
  }

  private void askTheRunningServer(Path target)
      throws LaunchFailure, IOException, InterruptedException {
    Path requests = Files.createDirectories(data.resolve(REQUESTS));
    String id = UUID.randomUUID().toString();
    Path written = requests.resolve(id + ".writing");
    Files.writeString(written, target.toString(), StandardCharsets.UTF_8);
    Files.move(written, requests.resolve(id + ".request"), StandardCopyOption.ATOMIC_MOVE);
    System.out.println("Beacon is running: asked it for an online backup");
    Path done = requests.resolve(id + ".done");
    Path failed = requests.resolve(id + ".failed");
    long until = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < until) {
      if (Files.exists(done)) {
        Files.deleteIfExists(done);
        return;
      }
      if (Files.exists(failed)) {
        String reason = Files.readString(failed, StandardCharsets.UTF_8);
        Files.deleteIfExists(failed);
        throw new LaunchFailure(reason);
      }
      Thread.sleep(200);
    }
    Files.deleteIfExists(requests.resolve(id + ".request"));
    throw new LaunchFailure(
        "Beacon holds the database but did not answer within "
            + patience.toMinutes()
            + " minutes; is it still starting? Try again when it is ready");
  }
}
