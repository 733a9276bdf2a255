package org.beacon.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Beacon under test: either {@code beacon.jar} started here as a child process (so start-up
 * time and memory can be measured), or one already running at {@code --url}.
 */
final class BeaconServer implements AutoCloseable {

  private static final Duration READY_WITHIN = Duration.ofMinutes(5);

  private final Options options;
  // HTTP/1.1: the default HTTP/2 upgrade against a server still starting could hang past the
  // timeout.
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private Process process;
  private int starts;

  BeaconServer(Options options) {
    this.options = options;
  }

  String baseUrl() {
    return options.startsBeacon()
        ? "http://127.0.0.1:" + options.port()
        : options.url().replaceAll("/+$", "");
  }

  boolean managed() {
    return options.startsBeacon();
  }

  /** Starts beacon.jar and answers the seconds until {@code /health/ready} said UP. */
  double start() throws IOException, InterruptedException {
    if (!Files.isRegularFile(options.jar())) {
      throw new IllegalStateException(
          options.jar()
              + " is missing: build it first (mvn -B -q package -DskipTests -Dfrontend.skip -Ddesigner.skip)");
    }
    Files.createDirectories(options.data());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options.jvmOptions());
    command.add("-jar");
    command.add(options.jar().toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("BEACON_PORT", String.valueOf(options.port()));
    env.put("BEACON_DATA", options.data().toString());
    env.put("BEACON_DEMO", "true");
    env.put("BEACON_BENCH", "true");
    env.remove("BEACON_ADMIN_PASSWORD");
    if (options.database() == Options.Database.POSTGRES) {
      env.put("BEACON_DB_URL", options.jdbcUrl());
      env.put("BEACON_DB_USER", options.dbUser());
      env.put("BEACON_DB_PASSWORD", options.dbPassword());
    } else {
      env.remove("BEACON_DB_URL");
      env.remove("BEACON_DB_USER");
      env.remove("BEACON_DB_PASSWORD");
    }
    Path log = options.data().resolve("beacon-" + (++starts) + ".log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    long begin = System.nanoTime();
    process = builder.start();
    long deadline = begin + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Beacon exited during start-up; see " + log);
      }
      if (ready()) {
        return (System.nanoTime() - begin) / 1e9;
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException("Beacon was not ready within " + READY_WITHIN + "; see " + log);
  }

  boolean ready() {
    try {
      HttpResponse<String> answer =
          http.sendAsync(
                  HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .get(10, TimeUnit.SECONDS);
      return answer.statusCode() == 200 && answer.body().contains("UP");
    } catch (ExecutionException | TimeoutException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Stops the started server as a service manager would (SIGTERM), so H2 closes its files. */
  void stop() throws InterruptedException {
    if (process == null) {
      return;
    }
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    process = null;
  }

  /** The server's process id: the started one's, or {@code --pid}. */
  OptionalLong pid() {
    Long pid = process != null ? Long.valueOf(process.pid()) : options.pid();
    return pid == null ? OptionalLong.empty() : OptionalLong.of(pid);
  }

  /** VmRSS of the server in bytes, when its process id is known. */
  OptionalLong residentBytes() {
    OptionalLong pid = pid();
    return pid.isPresent() ? Rss.of(pid.getAsLong()) : OptionalLong.empty();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
