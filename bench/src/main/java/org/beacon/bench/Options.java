package org.beacon.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The harness's command line: {@code --name value} pairs. Defaults are the sizes of issue 8; every
 * size can be lowered for a quick run.
 */
record Options(
    Database database,
    String jdbcUrl,
    String dbUser,
    String dbPassword,
    String url,
    Long pid,
    Path jar,
    int port,
    Path data,
    List<String> jvmOptions,
    Set<String> scenarios,
    int clients,
    int intakeCount,
    int warmup,
    int intakeWarmup,
    int tasks,
    long historyRows,
    int incidents,
    long seed,
    int users,
    int requests,
    int thinkMillis,
    int reportRuns,
    Path results,
    String password,
    String label) {

  enum Database {
    H2,
    POSTGRES
  }

  static final List<String> ALL_SCENARIOS =
      List.of("startup", "intake", "generate", "tasks", "report");

  static final String USAGE =
      """
      java -jar bench/target/beacon-bench.jar [options]

        --db h2|postgres        database Beacon runs on (default h2)
        --jdbc-url URL          PostgreSQL: the (empty) database, e.g. jdbc:postgresql://127.0.0.1:5432/beacon_bench;
                                H2: defaults to the file database under --data
        --db-user, --db-password  database credentials (default beacon/"" on H2, postgres/"" on PostgreSQL)
        --url http://host:port  measure an already running Beacon instead of starting beacon.jar
                                (it must run with BEACON_BENCH=true and BEACON_DEMO=true)
        --pid PID               with --url: the server's process id, for its resident memory
        --jar PATH              beacon.jar to start (default modules/app/target/beacon.jar)
        --port N                port of the started Beacon (default 18180)
        --data DIR              its BEACON_DATA (default bench/target/data-<db>; emptied first)
        --jvm "OPTS"            JVM options for the started Beacon, space separated
        --scenarios LIST        any of startup,intake,generate,tasks,report (default all)
        --clients N             concurrent clients of the intake, and threads of the raw starts (default 8)
        --intake-count N        incidents reported, and instances started raw, in the measurement (default 2000)
        --warmup N              task-list requests before each task-list measurement (default 200)
        --intake-warmup N       reports, raw starts and raw starts over HTTP before each intake
                                measurement (default 5000: the JIT is still compiling the engine
                                and the request path well after 2,000)
        --tasks N               open tasks for the dsl group (default 100000)
        --history-rows N        rows in Camunda's ACT_HI_* tables (default 5000000)
        --incidents N           incidents over the school year 2025-09-01..2026-08-31 (default 1000000)
        --seed N                seed of the generated data (default 42)
        --users N               concurrent task-list users (default 50)
        --requests N            task-list requests per endpoint in the measurement (default 5000)
        --think-ms N            a second, paced task-list pass: each user pauses 0.5 to 1.5 times N ms
                                between requests (random, seeded), the users starting spread over N ms
                                (default 1000; 0: only the back-to-back pass)
        --report-runs N         measured runs of each governor-report request (default 10)
        --results DIR           where the CSV and Markdown go (default bench/results)
        --password PW           the demo users' password (default beacon-demo)
        --label TEXT            name of this run in the results (default: the database)
      """;

  static Options parse(String... args) {
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--help") || name.equals("-h")) {
        throw new IllegalArgumentException(USAGE);
      }
      if (!name.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Expected --name value, got " + name + "\n" + USAGE);
      }
      given.put(name.substring(2), args[++i]);
    }
    Database database =
        switch (given.getOrDefault("db", "h2").toLowerCase()) {
          case "h2" -> Database.H2;
          case "postgres", "postgresql", "pg" -> Database.POSTGRES;
          default -> throw new IllegalArgumentException("--db is h2 or postgres");
        };
    String dbName = database.name().toLowerCase();
    Path data =
        Path.of(given.getOrDefault("data", "bench/target/data-" + dbName))
            .toAbsolutePath()
            .normalize();
    String jdbcUrl = given.get("jdbc-url");
    if (jdbcUrl == null) {
      if (database == Database.POSTGRES) {
        throw new IllegalArgumentException(
            "--db postgres needs --jdbc-url jdbc:postgresql://host:port/database");
      }
      // Beacon's own H2 URL for a data directory (DatabaseKind.h2FileUrl), opened by the generator
      // while Beacon is stopped.
      jdbcUrl = "jdbc:h2:file:" + data.resolve("beacon") + ";AUTO_SERVER=FALSE";
    }
    Set<String> scenarios = new LinkedHashSet<>();
    for (String s : given.getOrDefault("scenarios", String.join(",", ALL_SCENARIOS)).split(",")) {
      String name = s.trim();
      if (!ALL_SCENARIOS.contains(name)) {
        throw new IllegalArgumentException(
            "Unknown scenario " + name + "; known: " + ALL_SCENARIOS);
      }
      scenarios.add(name);
    }
    int tasks = number(given, "tasks", 100_000);
    int incidents = Math.max(number(given, "incidents", 1_000_000), tasks);
    return new Options(
        database,
        jdbcUrl,
        given.getOrDefault("db-user", database == Database.H2 ? "beacon" : "postgres"),
        given.getOrDefault("db-password", ""),
        given.get("url"),
        given.containsKey("pid") ? Long.parseLong(given.get("pid")) : null,
        Path.of(given.getOrDefault("jar", "modules/app/target/beacon.jar"))
            .toAbsolutePath()
            .normalize(),
        number(given, "port", 18180),
        data,
        given.containsKey("jvm") ? List.of(given.get("jvm").trim().split("\\s+")) : List.of(),
        scenarios,
        number(given, "clients", 8),
        number(given, "intake-count", 2000),
        number(given, "warmup", 200),
        number(given, "intake-warmup", 5000),
        tasks,
        Long.parseLong(given.getOrDefault("history-rows", "5000000").replace("_", "")),
        incidents,
        Long.parseLong(given.getOrDefault("seed", "42")),
        number(given, "users", 50),
        number(given, "requests", 5000),
        number(given, "think-ms", 1000),
        number(given, "report-runs", 10),
        Path.of(given.getOrDefault("results", "bench/results")).toAbsolutePath().normalize(),
        given.getOrDefault("password", "beacon-demo"),
        given.getOrDefault("label", dbName));
  }

  boolean runs(String scenario) {
    return scenarios.contains(scenario);
  }

  boolean startsBeacon() {
    return url == null;
  }

  private static int number(Map<String, String> given, String name, int fallback) {
    String value = given.get(name);
    return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
  }
}
