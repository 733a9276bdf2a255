package org.beacon.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of a test's own, in a temporary directory on a port of its own, so that a
 * test may stop and start it. Made with the server programs of the Debian packages ({@code
 * /usr/lib/postgresql/<version>/bin}); as root they run as the {@code postgres} user. A test that
 * calls {@link #create} is skipped, with the reason, where that is not possible.
 */
final class PrivatePostgres implements AutoCloseable {

  private final Path bin;
  private final Path directory;
  private final int port;
  private final boolean asPostgresUser;

  private PrivatePostgres(Path bin, Path directory, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.directory = directory;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  static PrivatePostgres create(int port) throws IOException, InterruptedException {
    Path bin = serverPrograms();
    Assumptions.assumeTrue(
        bin != null, "No PostgreSQL server programs under /usr/lib/postgresql/*/bin: skipped");
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      Assumptions.assumeTrue(
          Files.isExecutable(Path.of("/usr/sbin/runuser"))
              || Files.isExecutable(Path.of("/sbin/runuser")),
          "Running as root without runuser: cannot start PostgreSQL as the postgres user: skipped");
    }
    Path directory = Files.createTempDirectory(Path.of("/tmp"), "beacon-pg-");
    if (root) {
      Files.setOwner(
          directory,
          FileSystems.getDefault()
              .getUserPrincipalLookupService()
              .lookupPrincipalByName("postgres"));
    }
    PrivatePostgres postgres = new PrivatePostgres(bin, directory, port, root);
    postgres.run(
        bin.resolve("initdb").toString(),
        "-D",
        postgres.data(),
        "-U",
        "postgres",
        "--auth=trust",
        "-E",
        "UTF8",
        "--no-sync");
    return postgres;
  }

  int port() {
    return port;
  }

  void start() throws IOException, InterruptedException {
    run(
        bin.resolve("pg_ctl").toString(),
        "-D",
        data(),
        "-l",
        directory.resolve("server.log").toString(),
        "-w",
        "-t",
        "60",
        "-o",
        "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1",
        "start");
  }

  /** As after a crash or a pulled cable: no checkpoint, every connection dropped at once. */
  void stopImmediately() throws IOException, InterruptedException {
    run(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "stop");
  }

  void createDatabase(String name) throws IOException, InterruptedException {
    run(
        bin.resolve("createdb").toString(),
        "-h",
        "127.0.0.1",
        "-p",
        String.valueOf(port),
        "-U",
        "postgres",
        name);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      if (Files.exists(directory.resolve("data/postmaster.pid"))) {
        run(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "stop");
      }
    } finally {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private String data() {
    return directory.resolve("data").toString();
  }

  private void run(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    if (asPostgresUser) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    Path output = Files.createTempFile("beacon-pg-command", ".log");
    try {
      Process process =
          new ProcessBuilder(line)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", line) + " did not finish within 120 s");
      }
      if (process.exitValue() != 0) {
        throw new IOException(
            String.join(" ", line)
                + " failed ("
                + process.exitValue()
                + "):\n"
                + Files.readString(output, StandardCharsets.UTF_8));
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static Path serverPrograms() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(version -> version.resolve("bin"))
          .filter(
              bin ->
                  Files.isExecutable(bin.resolve("initdb"))
                      && Files.isExecutable(bin.resolve("pg_ctl")))
          .max(Comparator.naturalOrder())
          .orElse(null);
    }
  }
}
