package org.beacon.filtering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.beacon.filtering.InMemory;
import org.beacon.filtering.api.FilteringLogReviewProcess;
import org.beacon.filtering.application.logs.LogScan;
import org.beacon.filtering.domain.LogReview;
import org.beacon.filtering.domain.WatchEntry;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.beacon.platform.api.WorkingDays;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Importing filter logs end to end but for the database: one review task per user and day, the
 * flagged lines kept in Beacon's storage, malformed lines counted, and a file imported twice, or
 * lines seen before, creating nothing new.
 */
@Deployment(resources = "bpmn/filtering-reports/FilteringLogReviewProcess.bpmn")
class LogImportWorkTest {

  private static final Caller TECHNICAL = new Caller("toni", java.util.Set.of(Role.TECHNICAL));

  /** Tuesday 3 March 2026, 09:00 in London. */
  private static final long NINE = 1772528400L;

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private InMemory store;
  private LogImports imports;

  @BeforeEach
  void wire() {
    store = new InMemory();
    store.watchList.add(
        new WatchEntry(WatchEntry.Kind.DOMAIN, "chat.example", "dana", Instant.now()));
    imports =
        Wiring.logImports(
            store,
            Wiring.logImportWork(
                store, engine.getRuntimeService(), Wiring.settings("R/P12M", 3, 200)));
    Mocks.register(
        "workingDays",
        new WorkingDays() {
          @Override
          public Date after(Date from, int days) {
            return Date.from(from.toInstant().plus(Duration.ofDays(days)));
          }

          @Override
          public boolean isWorkingDay(LocalDate date) {
            return true;
          }
        });
  }

  @AfterEach
  void forget() {
    Mocks.reset();
  }

  @Test
  void aSchoolDayOpensOneReviewPerFlaggedUserWithTheLinesKeptInBeacon() {
    ImportSummary summary = importLog(schoolDay());

    assertThat(summary.linesRead()).isEqualTo(12);
    assertThat(summary.malformed()).isEqualTo(2);
    assertThat(summary.malformedLines()).extracting(LogScan.Problem::line).containsExactly(4L, 9L);
    assertThat(summary.flagged()).isEqualTo(5);
    assertThat(summary.duplicateLines()).isEqualTo(1);
    assertThat(summary.tasksOpened()).isEqualTo(2);
    assertThat(summary.importId()).isNotNull();
    assertThat(summary.reviews()).extracting(ImportSummary.Review::opened).containsOnly(true);

    List<Task> tasks = dslTasks();
    assertThat(tasks)
        .extracting(Task::getName)
        .containsExactlyInAnyOrder(
            "Review flagged web use: amy on 2026-03-03",
            "Review flagged web use: ben on 2026-03-03");
    LogReview ben = store.imports.findReview("ben", LocalDate.of(2026, 3, 3)).orElseThrow();
    assertThat(store.imports.lines(ben.id(), 0, 100)).hasSize(3);
    assertThat(ben.flaggedCount()).isEqualTo(3);
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(ben.processInstanceId(), FilteringLogReviewProcess.FLAGGED_SUMMARY))
        .asString()
        .contains("3 repeated-blocks");
    assertThat(engine.getRuntimeService().getVariables(ben.processInstanceId()))
        .doesNotContainKey("lines");
    assertThat(store.imports.imports.get(summary.importId()).contentHash()).hasSize(64);
  }

  @Test
  void theSameFileAgainCreatesNothingNew() {
    ImportSummary first = importLog(schoolDay());
    int linesKept = store.imports.lines.size();

    ImportSummary again = importLog(schoolDay());

    assertThat(again.importId()).isNull();
    assertThat(again.duplicateOf()).isEqualTo(first.importId());
    assertThat(again.tasksOpened()).isZero();
    assertThat(again.linesRead()).isEqualTo(first.linesRead());
    assertThat(again.reviews()).extracting(ImportSummary.Review::opened).containsOnly(false);
    assertThat(dslTasks()).hasSize(2);
    // Without a database nothing rolls back here; in Beacon the transaction does. What the
    // use case decides is what is checked: no review and no task was opened.
    assertThat(store.imports.reviews).hasSize(2);
    assertThat(linesKept).isEqualTo(5);
  }

  @Test
  void anotherFileWithTheSameUsersAndDayOpensNoSecondTaskAndKeepsOnlyNewLines() {
    importLog(schoolDay());

    ImportSummary overlapping =
        importLog(
            squid(0, "amy", "TCP_MISS/200", "https://chat.example/")
                + "\n"
                + squid(50, "amy", "TCP_MISS/200", "https://chat.example/later")
                + "\n");

    assertThat(overlapping.importId()).isNotNull();
    assertThat(overlapping.tasksOpened()).isZero();
    assertThat(overlapping.flagged()).isEqualTo(1);
    assertThat(overlapping.duplicateLines()).isEqualTo(1);
    assertThat(dslTasks()).hasSize(2);
    LogReview amy = store.imports.findReview("amy", LocalDate.of(2026, 3, 3)).orElseThrow();
    assertThat(store.imports.lines(amy.id(), 0, 100)).hasSize(3);
  }

  @Test
  void aCsvWithoutItsHeaderIsRefusedAndOnlySomeRolesImport() {
    assertThatThrownBy(
            () ->
                imports.importLog(
                    TECHNICAL, stream("timestamp,user\n"), "x.csv", LogScan.Expect.EITHER))
        .isInstanceOf(BeaconProblem.class)
        .satisfies(e -> assertThat(((BeaconProblem) e).status()).isEqualTo(400));
    assertThatThrownBy(
            () ->
                imports.importLog(
                    new Caller("gwen", java.util.Set.of(Role.GOVERNOR)),
                    stream(schoolDay()),
                    "a.log",
                    LogScan.Expect.EITHER))
        .isInstanceOf(BeaconProblem.class)
        .satisfies(e -> assertThat(((BeaconProblem) e).status()).isEqualTo(403));
    assertThat(store.audit.entries).contains("create filtering-import null denied");
  }

  // --- helpers -------------------------------------------------------------------------------

  /**
   * Amy visits the watched chat.example twice (once logged twice); Ben is blocked three times (the
   * threshold); Cara is blocked twice; two lines are broken.
   */
  private static String schoolDay() {
    return String.join(
            "\n",
            squid(0, "amy", "TCP_MISS/200", "https://chat.example/"),
            squid(0, "amy", "TCP_MISS/200", "https://chat.example/"),
            squid(1, "ben", "TCP_DENIED/403", "http://games.example/1"),
            "1772528460.000 12 10.0.4.9 TCP_MISS/200",
            squid(2, "cara", "TCP_DENIED/403", "http://games.example/1"),
            squid(3, "ben", "TCP_DENIED/403", "http://games.example/2"),
            squid(4, "ben", "TCP_MISS/200", "https://www.bbc.co.uk/"),
            squid(5, "cara", "TCP_DENIED/403", "http://games.example/2"),
            "not a log line at all",
            squid(6, "ben", "TCP_DENIED/403", "http://games.example/3"),
            squid(7, "amy", "TCP_MISS/200", "https://www.chat.example/room/2"),
            squid(8, "dev", "TCP_MISS/200", "https://www.bbc.co.uk/"))
        + "\n";
  }

  private static String squid(int minute, String user, String action, String url) {
    return "%d.000 %5d 10.0.4.17 %s 512 GET %s %s HIER_DIRECT/10.0.0.1 text/html"
        .formatted(NINE + minute * 60L, 20, action, url, user);
  }

  private ImportSummary importLog(String text) {
    return imports.importLog(TECHNICAL, stream(text), "access.log", LogScan.Expect.EITHER);
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private List<Task> dslTasks() {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processDefinitionKey(FilteringLogReviewProcess.KEY)
        .taskCandidateGroup("dsl")
        .list();
  }
}
