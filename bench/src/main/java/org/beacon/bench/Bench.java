package org.beacon.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Beacon's benchmark harness (issue 8 item 1, issue 6 item 6). See {@code bench/README.md}.
 *
 * <p>Scenarios, in this order: start-up to ready; intake through {@code POST /api/incidents} beside
 * raw engine starts of the same model inside the server, with resident memory under that load; data
 * generation (Beacon stopped for it when the harness started Beacon); the DSL's task list beside
 * Camunda's REST task query; the governor report over the school year.
 */
public final class Bench {

  static final String FIRST_DAY = "2025-09-01";
  static final String LAST_DAY = "2026-08-31";

  private final Options options;
  private final BeaconServer beacon;
  private final Results results = new Results();
  private List<String> incidentTypes = List.of();

  private Bench(Options options) {
    this.options = options;
    this.beacon = new BeaconServer(options);
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    new Bench(options).run();
  }

  private void run() throws Exception {
    context();
    try (beacon) {
      if (beacon.managed()) {
        // A run that generates starts from an empty H2 file; one that only measures (e.g.
        // --scenarios tasks,report) keeps the data an earlier run generated.
        if (options.database() == Options.Database.H2
            && options.runs("generate")
            && Files.exists(options.data())) {
          log("Emptying " + options.data());
          deleteTree(options.data());
        }
        log("Starting " + options.jar() + " on " + options.database());
        double seconds = beacon.start();
        boolean empty = options.runs("generate");
        startupRow(
            "start-up to ready, " + (empty ? "empty database" : "database as found"), seconds);
      } else if (!beacon.ready()) {
        throw new IllegalStateException(beacon.baseUrl() + "/health/ready is not UP");
      }
      incidentTypes();
      if (options.runs("intake")) {
        intake();
      }
      if (options.runs("generate")) {
        generate();
      }
      if (options.runs("tasks")) {
        taskList();
      }
      if (options.runs("report")) {
        governorReport();
      }
    } finally {
      results.context("finished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
      results.context("load average at the end (1, 5, 15 min)", loadAverage());
      results.write(options.results(), options.label());
      System.out.println();
      System.out.println(results.table());
      log("Results: " + options.results().resolve(options.label() + ".csv") + " and .md");
    }
  }

  private void context() throws Exception {
    results.context("started", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    results.context(
        "database",
        options.database().name().toLowerCase()
            + (options.database() == Options.Database.POSTGRES
                ? " " + options.jdbcUrl()
                : " (embedded file)"));
    results.context("machine", machine());
    results.context("load average at start (1, 5, 15 min)", loadAverage());
    results.context(
        "harness JVM",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    results.context(
        "beacon",
        beacon.managed()
            ? "beacon.jar started by the harness"
                + (options.jvmOptions().isEmpty()
                    ? " (default JVM options)"
                    : " with " + String.join(" ", options.jvmOptions()))
            : options.url());
    results.context(
        "options",
        "clients="
            + options.clients()
            + " intake-count="
            + options.intakeCount()
            + " warmup="
            + options.warmup()
            + " intake-warmup="
            + options.intakeWarmup()
            + " tasks="
            + options.tasks()
            + " history-rows="
            + options.historyRows()
            + " incidents="
            + options.incidents()
            + " users="
            + options.users()
            + " requests="
            + options.requests()
            + " think-ms="
            + options.thinkMillis()
            + " report-runs="
            + options.reportRuns()
            + " seed="
            + options.seed());
  }

  // --- start-up and memory
  // ------------------------------------------------------------------------

  private void startupRow(String measure, double seconds) {
    OptionalLong rss = beacon.residentBytes();
    results.add(
        new Results.Row(
            "startup", measure + " (s)", Results.number(seconds), "", "", "", "", "", ""));
    rss.ifPresent(
        bytes ->
            results.add(
                new Results.Row(
                    "memory",
                    "VmRSS at ready (MB)",
                    Results.number(bytes / 1048576.0),
                    "",
                    "",
                    "",
                    "",
                    "",
                    measure)));
  }

  // --- intake
  // ---------------------------------------------------------------------------------------

  private void incidentTypes() throws Exception {
    Session staff = Session.signIn(beacon.baseUrl(), "staff", options.password());
    List<String> types = new ArrayList<>();
    for (JsonNode type : staff.ok(staff.get("/api/incidents/types"))) {
      types.add(
          type.isTextual() ? type.asText() : type.path("name").asText(type.path("id").asText()));
    }
    if (types.isEmpty()) {
      throw new IllegalStateException("No incident types");
    }
    incidentTypes = types;
  }

  private void intake() throws Exception {
    int clients = options.clients();
    List<Session> staff = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      staff.add(
          Session.signIn(beacon.baseUrl(), i % 2 == 0 ? "staff" : "staff2", options.password()));
    }
    Session admin = Session.signIn(beacon.baseUrl(), "admin", options.password());
    String type = incidentTypes.stream().filter(t -> !t.equals("other")).findFirst().orElseThrow();
    // The reports' JSON is written before any is sent, so the harness's own processor time while
    // measuring is its HTTP client's, not also its serializer's.
    List<String> reports = new ArrayList<>();
    for (int n = 0; n < Math.max(options.intakeWarmup(), options.intakeCount()); n++) {
      reports.add(Session.JSON.writeValueAsString(incident(type, n)));
    }
    Load.Request report =
        (user, n) -> staff.get(user).post("/api/incidents", reports.get(n)).statusCode();

    // A JVM that has just started is still compiling: after 200 warm-up requests the intake
    // measured 98/s against 403 raw starts/s, after 5,000 166/s against 561 (2026-12-02).
    log("Intake warm-up: " + options.intakeWarmup() + " reports and raw starts");
    Load.run(clients, options.intakeWarmup(), 0, report);
    rawStarts(admin, options.intakeWarmup(), clients, "BENCH-WARM-");

    log(
        "Intake: "
            + options.intakeCount()
            + " reports through POST /api/incidents, "
            + clients
            + " clients");
    MemoryWatch memory = MemoryWatch.start(beacon);
    CpuTime.Sample before = cpu();
    Load.Outcome api = Load.run(clients, options.intakeCount(), 0, report);
    CpuTime.Sample apiCpu = cpu().minus(before);
    log(
        "Raw: "
            + options.intakeCount()
            + " startProcessInstanceByKey in the server, "
            + clients
            + " threads");
    before = cpu();
    JsonNode raw = rawStarts(admin, options.intakeCount(), clients, "BENCH-RAW-");
    CpuTime.Sample rawCpu = cpu().minus(before);
    long peak = memory.stop();
    // The same raw start, one per HTTP request from signed-in sessions: what the server's HTTP,
    // sign-in, CSRF and JSON handling alone leave of the raw ceiling, before any incident work.
    List<Session> admins = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      admins.add(Session.signIn(beacon.baseUrl(), "admin", options.password()));
    }
    Load.Request oneStart =
        (user, n) ->
            admins
                .get(user)
                .post("/api/bench/process-starts", rawStart(1, 1, "BENCH-HTTP-" + n + "-"))
                .statusCode();
    log(
        "Raw over HTTP: "
            + options.intakeCount()
            + " requests of one start each, "
            + clients
            + " clients");
    Load.run(clients, options.intakeWarmup(), 0, oneStart);
    before = cpu();
    Load.Outcome perRequest = Load.run(clients, options.intakeCount(), 0, oneStart);
    CpuTime.Sample perRequestCpu = cpu().minus(before);
    double rawRate = raw.path("perSecond").asDouble();
    double ratio = api.perSecond() / rawRate;
    String sizes = options.intakeCount() + " each, " + clients + " concurrent";
    results.add(
        new Results.Row(
            "intake",
            "incidents/s (POST /api/incidents)",
            Results.number(api.perSecond()),
            "raw startProcessInstanceByKey/s in-process",
            Results.number(rawRate),
            Results.number(ratio),
            "ratio >= 0.85",
            Results.verdict(ratio >= 0.85),
            sizes
                + "; failed "
                + api.failed()
                + (api.firstFailure() == null ? "" : " (" + api.firstFailure() + ")")
                + "; raw failed "
                + raw.path("failed").asInt()));
    results.add(
        new Results.Row(
            "intake",
            "raw starts/s, one per HTTP request (POST /api/bench/process-starts)",
            Results.number(perRequest.perSecond()),
            "raw startProcessInstanceByKey/s in-process",
            Results.number(rawRate),
            Results.number(perRequest.perSecond() / rawRate),
            "",
            "",
            sizes
                + "; failed "
                + perRequest.failed()
                + "; the HTTP, sign-in and JSON share of the gap: incidents/s is "
                + Results.number(api.perSecond() / perRequest.perSecond())
                + " of this"));
    results.add(
        new Results.Row(
            "intake",
            "POST /api/incidents latency p50/p95/p99 (ms)",
            Results.number(api.millis(50))
                + " / "
                + Results.number(api.millis(95))
                + " / "
                + Results.number(api.millis(99)),
            "",
            "",
            "",
            "",
            "",
            sizes));
    cpuRow(
        "processor ms per incident (POST /api/incidents)",
        apiCpu,
        api.requests() - api.failed(),
        rawCpu,
        raw);
    cpuRow(
        "processor ms per raw start, one per HTTP request",
        perRequestCpu,
        perRequest.requests() - perRequest.failed(),
        rawCpu,
        raw);
    if (peak > 0) {
      results.add(
          new Results.Row(
              "memory",
              "VmRSS peak under intake load (MB)",
              Results.number(peak / 1048576.0),
              "",
              "",
              "",
              "",
              "",
              "sampled every 250 ms during the intake and the raw starts"));
    }
  }

  private CpuTime.Sample cpu() {
    return CpuTime.sample(beacon.pid(), localDatabaseCommand());
  }

  /** The command name of the database server's processes when they run on this machine. */
  private String localDatabaseCommand() {
    if (options.database() != Options.Database.POSTGRES) {
      return null; // H2 runs inside Beacon's JVM: its time is Beacon's
    }
    String url = options.jdbcUrl();
    return url.contains("//127.0.0.1") || url.contains("//localhost") ? "postgres" : null;
  }

  /**
   * Processor time per request of one intake phase beside the raw starts': Beacon (with H2 inside
   * it), the local PostgreSQL server, and the harness. Where they share the cores, the throughput
   * ratio follows the ratio of the server side's time per request (Beacon plus database).
   */
  private void cpuRow(
      String measure, CpuTime.Sample cpu, int requests, CpuTime.Sample rawCpu, JsonNode raw) {
    int rawStarts = raw.path("count").asInt(options.intakeCount()) - raw.path("failed").asInt();
    if (cpu.beacon() < 0 || rawCpu.beacon() < 0 || requests <= 0 || rawStarts <= 0) {
      return; // a server the harness did not start and was given no --pid for
    }
    double ours = serverMillis(cpu, requests);
    double theirs = serverMillis(rawCpu, rawStarts);
    results.add(
        new Results.Row(
            "intake",
            measure + ", Beacon / database / harness",
            cpuMillis(cpu, requests),
            "per raw start in-process",
            cpuMillis(rawCpu, rawStarts),
            Results.number(theirs / ours),
            "",
            "",
            "ratio: Beacon plus database per raw start over the same per request; "
                + (cpu.database() < 0
                    ? "database: in Beacon's JVM or not on this machine"
                    : "database: every local postgres process")));
  }

  private static double serverMillis(CpuTime.Sample cpu, int requests) {
    return (cpu.beacon() + Math.max(0, cpu.database())) / 1e6 / requests;
  }

  private static String cpuMillis(CpuTime.Sample cpu, int requests) {
    return Results.number(cpu.beacon() / 1e6 / requests)
        + " / "
        + (cpu.database() < 0 ? "-" : Results.number(cpu.database() / 1e6 / requests))
        + " / "
        + Results.number(cpu.harness() / 1e6 / requests);
  }

  private Map<String, Object> incident(String type, int n) {
    return Map.of(
        "occurredAt",
        LocalDate.now(ZoneOffset.UTC).minusDays(1) + "T10:15",
        "location",
        "Room " + (n % 40),
        "device",
        Map.of("ownership", n % 5 == 0 ? "personal" : "school", "identifier", "PC-" + (n % 300)),
        "description",
        "Benchmark report " + n + ": a pupil reached a blocked site.",
        "urls",
        List.of("https://example.com/page/" + n),
        "pupils",
        List.of(Map.of("reference", "P" + (10000 + n % 900), "yearGroup", "Year " + (7 + n % 5))),
        "staff",
        List.of(),
        "incidentType",
        type,
        "immediateRisk",
        false);
  }

  /**
   * The raw ceiling: the same model started in the server with the variables IncidentReporting
   * passes.
   */
  private JsonNode rawStarts(Session admin, int count, int threads, String prefix)
      throws Exception {
    HttpResponse<String> answer =
        admin.post("/api/bench/process-starts", rawStart(count, threads, prefix));
    if (answer.statusCode() == 404) {
      throw new IllegalStateException(
          "POST /api/bench/process-starts answered 404: start Beacon with BEACON_BENCH=true");
    }
    JsonNode result = admin.ok(answer);
    if (result.path("failed").asInt() > 0) {
      log(
          "  raw starts failed: "
              + result.path("failed").asInt()
              + ", first: "
              + result.path("firstError").asText());
    }
    return result;
  }

  private Map<String, Object> rawStart(int count, int threads, String prefix) {
    Map<String, Object> variables =
        Map.of(
            "incidentId",
            0,
            "reference",
            prefix + "0",
            "incidentType",
            incidentTypes.get(0),
            "immediateRisk",
            false,
            "reporter",
            "staff");
    return Map.of(
        "processDefinitionKey", DataGenerator.PROCESS_KEY,
        "businessKeyPrefix", prefix,
        "count", count,
        "threads", threads,
        "variables", variables);
  }

  // --- data
  // -------------------------------------------------------------------------------------------

  private void generate() throws Exception {
    boolean h2 = options.database() == Options.Database.H2;
    if (h2 && !beacon.managed()) {
      log(
          "Skipping generation: H2's file belongs to the running Beacon. Stop it, run with --scenarios generate"
              + " and --data pointing at its BEACON_DATA while it is stopped... or let the harness start Beacon.");
      return;
    }
    if (beacon.managed()) {
      log("Stopping Beacon for the generator");
      beacon.stop();
    }
    log(
        "Generating "
            + options.incidents()
            + " incidents, "
            + options.tasks()
            + " open tasks, "
            + options.historyRows()
            + " history rows (seed "
            + options.seed()
            + ")");
    try (Connection db =
        DriverManager.getConnection(options.jdbcUrl(), options.dbUser(), options.dbPassword())) {
      DatabaseMetaData meta = db.getMetaData();
      results.context(
          "database version",
          meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
      DataGenerator generator =
          new DataGenerator(db, Dialect.of(options.jdbcUrl()), options.seed(), Bench::log);
      DataGenerator.Summary summary =
          generator.generate(
              options.incidents(), options.tasks(), options.historyRows(), incidentTypes);
      List<String> counts =
          generator.counts(
              List.of(
                  "inc_incident",
                  "ACT_RU_TASK",
                  "ACT_RU_EXECUTION",
                  "ACT_HI_PROCINST",
                  "ACT_HI_ACTINST",
                  "ACT_HI_TASKINST",
                  "ACT_HI_IDENTITYLINK"));
      results.context("rows after generation", String.join(", ", counts));
      results.add(
          new Results.Row(
              "generate",
              "data generation (s)",
              Results.number(summary.seconds()),
              "",
              "",
              "",
              "",
              "",
              summary.incidents()
                  + " incidents, "
                  + summary.openTasks()
                  + " open dsl tasks, "
                  + summary.historyRows()
                  + " generated history rows ("
                  + summary.finishedInstances()
                  + " finished instances)"));
    }
    if (beacon.managed()) {
      log("Starting Beacon on the generated data");
      double seconds = beacon.start();
      startupRow("start-up to ready, generated database", seconds);
    }
  }

  // --- task list
  // ----------------------------------------------------------------------------------------

  private void taskList() throws Exception {
    int users = options.users();
    List<Session> dsl = new ArrayList<>();
    List<Session> admins = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      dsl.add(Session.signIn(beacon.baseUrl(), "dsl", options.password()));
      admins.add(Session.signIn(beacon.baseUrl(), "admin", options.password()));
    }
    long open =
        admins
            .get(0)
            .ok(admins.get(0).get("/engine-rest/task/count?candidateGroup=dsl&active=true"))
            .path("count")
            .asLong();

    // Beacon: the first page (50) of the DSL's list as the web UI asks for it.
    Load.Request beaconList =
        (user, n) -> dsl.get(user).get("/api/tasks?page=0&size=50").statusCode();
    // Camunda: the same query through its REST API: unassigned-or-mine for the caller's groups,
    // active,
    // ordered by creation time then id, 51 rows (Beacon reads one more to know if there is a next
    // page).
    String camundaQuery =
        """
        {"orQueries":[{"assignee":"dsl","candidateGroups":["dsl"]}],"active":true,\
        "sorting":[{"sortBy":"created","sortOrder":"asc"},{"sortBy":"id","sortOrder":"asc"}]}""";
    Load.Request camundaList =
        (user, n) ->
            admins
                .get(user)
                .post("/engine-rest/task?firstResult=0&maxResults=51", camundaQuery)
                .statusCode();

    log("Task list warm-up");
    check(dsl.get(0).get("/api/tasks?page=0&size=50"));
    check(admins.get(0).post("/engine-rest/task?firstResult=0&maxResults=51", camundaQuery));
    Load.run(users, options.warmup(), 0, beaconList);
    Load.run(users, options.warmup(), 0, camundaList);
    List<Integer> pauses =
        options.thinkMillis() > 0 ? List.of(0, options.thinkMillis()) : List.of(0);
    for (int pause : pauses) {
      // Back to back, 50 users measure the server saturated (latency is mostly queueing); with a
      // pause between requests, the latency of a list at a load the server can carry.
      int requests = pause == 0 ? options.requests() : Math.min(options.requests(), users * 20);
      String sizes =
          open
              + " open dsl tasks; "
              + users
              + " users; "
              + requests
              + " requests"
              + (pause > 0
                  ? "; each user pauses "
                      + pause / 2
                      + " to "
                      + pause * 3 / 2
                      + " ms between requests, starts spread"
                  : "; back to back");
      String mode = pause > 0 ? "paced" : "back to back";
      log("Task list (" + mode + "): GET /api/tasks as dsl, " + users + " users");
      Load.Outcome ours = Load.run(users, requests, pause, beaconList);
      log("Task list (" + mode + "): POST /engine-rest/task as admin, " + users + " users");
      Load.Outcome camunda = Load.run(users, requests, pause, camundaList);
      for (double p : new double[] {50, 95, 99}) {
        boolean p95 = p == 95;
        results.add(
            new Results.Row(
                "tasks",
                mode + ": first page p" + (int) p + " (ms)",
                Results.number(ours.millis(p)),
                "Camunda REST /engine-rest/task",
                Results.number(camunda.millis(p)),
                Results.number(ours.millis(p) / camunda.millis(p)),
                p95 ? "p95 <= 50 ms (PostgreSQL)" : "",
                p95 ? Results.verdict(ours.millis(p) <= 50) : "",
                sizes));
      }
      results.add(
          new Results.Row(
              "tasks",
              mode + ": throughput (requests/s)",
              Results.number(ours.perSecond()),
              "Camunda REST /engine-rest/task",
              Results.number(camunda.perSecond()),
              Results.number(ours.perSecond() / camunda.perSecond()),
              "",
              "",
              "failed "
                  + ours.failed()
                  + " / "
                  + camunda.failed()
                  + (ours.firstFailure() == null ? "" : " (" + ours.firstFailure() + ")")
                  + (camunda.firstFailure() == null ? "" : " (" + camunda.firstFailure() + ")")));
    }
  }

  private static void check(HttpResponse<String> answer) {
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          answer.request().uri() + ": " + answer.statusCode() + " " + answer.body());
    }
  }

  // --- governor report
  // ----------------------------------------------------------------------------------

  private void governorReport() throws Exception {
    Session dsl = Session.signIn(beacon.baseUrl(), "dsl", options.password());
    String statistics =
        "/api/governance/statistics?from=" + enc(FIRST_DAY) + "&to=" + enc(LAST_DAY);
    Map<String, String> period = Map.of("from", FIRST_DAY, "to", LAST_DAY);
    JsonNode figures = dsl.ok(dsl.get(statistics));
    String total = total(figures);
    log("Governor report warm-up (the year's incidents total: " + total + ")");
    dsl.ok(dsl.post("/api/governance/reports", period));
    double[] live = time(() -> dsl.ok(dsl.get(statistics)));
    double[] drawn = time(() -> dsl.ok(dsl.post("/api/governance/reports", period)));
    String note =
        "school year "
            + FIRST_DAY
            + ".."
            + LAST_DAY
            + ", incidents in it: "
            + total
            + "; "
            + options.reportRuns()
            + " runs after a warm-up";
    results.add(
        new Results.Row(
            "report",
            "GET /api/governance/statistics median / p95 (s)",
            Results.number(percentile(live, 50)) + " / " + Results.number(percentile(live, 95)),
            "",
            "",
            "",
            "<= 1 s (PostgreSQL)",
            Results.verdict(percentile(live, 95) <= 1.0),
            note));
    results.add(
        new Results.Row(
            "report",
            "POST /api/governance/reports median / p95 (s)",
            Results.number(percentile(drawn, 50)) + " / " + Results.number(percentile(drawn, 95)),
            "",
            "",
            "",
            "<= 1 s (PostgreSQL)",
            Results.verdict(percentile(drawn, 95) <= 1.0),
            note + "; starts the report flow and stores the figures"));
  }

  /** The incidents module's published total, as the statistics show it. */
  static String total(JsonNode statistics) {
    for (JsonNode module : statistics.path("figures").path("modules")) {
      if ("incidents".equals(module.path("module").asText())) {
        return module.path("total").path("shown").asText("?");
      }
    }
    return "?";
  }

  interface Call {
    void run() throws Exception;
  }

  private double[] time(Call call) throws Exception {
    double[] seconds = new double[options.reportRuns()];
    for (int i = 0; i < seconds.length; i++) {
      long start = System.nanoTime();
      call.run();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    return seconds;
  }

  static double percentile(double[] values, double percentile) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  // --- helpers
  // ------------------------------------------------------------------------------------------

  /** Samples the server's resident memory until stopped; answers the peak. */
  private static final class MemoryWatch {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong peak = new AtomicLong();
    private Thread thread;

    static MemoryWatch start(BeaconServer beacon) {
      MemoryWatch watch = new MemoryWatch();
      watch.thread =
          new Thread(
              () -> {
                while (watch.running.get()) {
                  beacon.residentBytes().ifPresent(b -> watch.peak.accumulateAndGet(b, Math::max));
                  try {
                    Thread.sleep(250);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "rss");
      watch.thread.setDaemon(true);
      watch.thread.start();
      return watch;
    }

    long stop() throws InterruptedException {
      running.set(false);
      thread.interrupt();
      thread.join();
      return peak.get();
    }
  }

  private static String machine() {
    String cpu = "?";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .map(l -> l.substring(l.indexOf(':') + 1).trim())
              .findFirst()
              .orElse("?");
    } catch (Exception ignored) {
      // not Linux
    }
    long memory = 0;
    try {
      memory =
          Files.readAllLines(Path.of("/proc/meminfo")).stream()
              .filter(l -> l.startsWith("MemTotal:"))
              .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024)
              .findFirst()
              .orElse(0L);
    } catch (Exception ignored) {
      // not Linux
    }
    return Runtime.getRuntime().availableProcessors()
        + " cores ("
        + cpu
        + "), "
        + memory
        + " GB RAM, "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version");
  }

  /** Other processes on a shared machine move every figure: the load says how much. */
  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (Exception notLinux) {
      return "?";
    }
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path root) throws Exception {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static void log(String line) {
    System.out.println("[" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
  }
}
