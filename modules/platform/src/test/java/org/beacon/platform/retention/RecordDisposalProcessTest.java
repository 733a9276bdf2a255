package org.beacon.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.RetainedRecords;
import org.beacon.platform.evidence.JdbcEvidenceFiles;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The nightly disposal review on an engine whose clock the test sets, over the platform's own
 * tables (its migrations, on H2) and a module that keeps records in memory: a record past its date
 * becomes a review task for the DSLs; approved, it is gone with its files, the people it names, its
 * engine history and its audit events, leaving one tombstone; kept, it needs a reason and a new
 * date, and stays off the list until then.
 */
@Deployment(
    resources = {
      "bpmn/platform/RecordDisposalProcess.bpmn",
      "bpmn-test/PlatformSampleProcess.bpmn"
    })
class RecordDisposalProcessTest {

  @RegisterExtension ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private ProcessEngine engine;
  private JdbcDataSource db;
  private final InMemoryRecords module = new InMemoryRecords();
  private JdbcEvidenceFiles files;

  @BeforeEach
  void setUp() throws SQLException {
    engine = extension.getProcessEngine();
    init(engine);
    ClockUtil.setCurrentTime(at(TODAY, 1, 0));
    db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:disposal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    for (String script :
        List.of(
            "V1__identity_and_audit.sql",
            "V2__people_in_cases.sql",
            "V3__audit_seals.sql",
            "V8__alerts.sql",
            "V10__retention_disposal_and_evidence_files.sql")) {
      sql("runscript from 'classpath:/db/migration/platform/" + script + "'");
    }
    DisposalReview review = DisposalReview.over(db, List.of(module));
    files = JdbcEvidenceFiles.over(db, 1000);
    AuditLog audit = new TableAuditLog();
    RecordDisposal disposal =
        RecordDisposal.over(
            db, review, files, engine.getRuntimeService(), engine.getHistoryService(), audit);
    Mocks.register("disposalReview", review);
    Mocks.register("platformFindDueRecordsDelegate", new FindDueRecordsDelegate(review));
    Mocks.register(
        "platformDescribeDisposalItemListener", new DescribeDisposalItemListener(review));
    Mocks.register("platformDisposalDecisionListener", new DisposalDecisionListener(review, audit));
    Mocks.register("platformDisposeRecordDelegate", new DisposeRecordDelegate(disposal));
  }

  @AfterEach
  void tearDown() throws SQLException {
    Mocks.reset();
    reset();
    ClockUtil.reset();
    sql("shutdown");
  }

  @Test
  void theReviewRunsEveryNightFromATimer() {
    Job timer = engine.getManagementService().createJobQuery().timers().singleResult();

    assertThat(timer.getProcessInstanceId()).as("a timer start event").isNull();
    assertThat(LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault()))
        .isEqualTo(LocalDateTime.of(TODAY.plusDays(1), java.time.LocalTime.of(1, 0)));
  }

  @Test
  void aNightWithNothingPastItsDateEndsQuietly() {
    module.add("ALG-2026-LATER1", TODAY.plusDays(1));
    module.add("ALG-2026-UNDATED", null);

    ProcessInstance review = runNightlyReview();

    assertThat(review).isEnded().hasPassed("EndEvent_NothingDue");
  }

  @Test
  void anApprovedDisposalLeavesNothingOfTheRecordButATombstone() throws SQLException {
    String reference = "ALG-2026-MAL1CE";
    module.add(reference, TODAY.minusDays(1));
    module.add("ALG-2026-LATER1", TODAY.plusYears(3));
    ProcessInstance caseFlow =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "PlatformSampleProcess", reference, Map.of("note", "about " + reference));
    for (String step : List.of("Task_Triage", "Task_SignOff")) {
      Task done =
          engine
              .getTaskService()
              .createTaskQuery()
              .processInstanceId(caseFlow.getId())
              .taskDefinitionKey(step)
              .singleResult();
      engine.getTaskService().complete(done.getId(), Map.of("decision", "closed " + reference));
    }
    assertThat(caseFlow).isEnded();
    files.store(
        "PlatformSampleProcess", reference, "letter.pdf", "application/pdf", bytes(), "dsl");
    sql(
        "insert into pf_case_mention (process_key, case_ref, part, as_given, match_kind, status,"
            + " created_at) values ('PlatformSampleProcess', '"
            + reference
            + "', 'SUBJECT', 'Sam Staff', 'EXACT', 'SETTLED', current_timestamp)");
    new TableAuditLog().allowed("read", "allegation", reference, "details");
    new TableAuditLog().allowed("read", "allegation", "ALG-2026-LATER1", "details");

    ProcessInstance review = runNightlyReview();
    assertThat(review).isWaitingAt("Task_ReviewDisposal");
    Task task = reviewTask(review);
    assertThat(task.getDescription()).contains(reference).contains(TODAY.minusDays(1).toString());
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .anyMatch(link -> "dsl".equals(link.getGroupId()));

    complete(task, Map.of("disposal", "dispose"));
    execute(job(review));

    assertThat(review)
        .isEnded()
        .hasPassedInOrder("Task_ReviewDisposal", "Task_DisposeRecord", "EndEvent_RecordDisposed");
    assertThat(module.references()).containsExactly("ALG-2026-LATER1");
    assertThat(count("select count(*) from pf_evidence_file")).isZero();
    assertThat(count("select count(*) from pf_case_mention")).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    var history = engine.getHistoryService();
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(caseFlow.getId())
                .count())
        .isZero();
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(caseFlow.getId())
                .count())
        .isZero();
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(caseFlow.getId())
                .count())
        .isZero();
    assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).count())
        .as("the review task named the record")
        .isZero();
    assertThat(
            history.createHistoricTaskInstanceQuery().list().stream()
                .filter(t -> t.getDescription() != null && t.getDescription().contains(reference)))
        .isEmpty();
    assertThat(count("select count(*) from pf_audit_event where resource_id = '" + reference + "'"))
        .isZero();
    assertThat(count("select count(*) from pf_audit_event where detail like '%" + reference + "%'"))
        .isZero();
    assertThat(count("select count(*) from pf_audit_event where resource_id = 'ALG-2026-LATER1'"))
        .isOne();
    assertThat(
            count(
                "select count(*) from pf_audit_event where action = 'dispose'"
                    + " and resource_type = 'allegation' and resource_id = '"
                    + Sha256.of(reference)
                    + "' and detail like '%approved by dsl1%'"))
        .as("the tombstone")
        .isOne();
    assertThat(count("select count(*) from pf_audit_disposed"))
        .as("the read and the approval")
        .isEqualTo(2);
    assertThat(count("select count(*) from pf_disposal_item where case_ref is not null")).isZero();
    assertThat(
            count(
                "select count(*) from pf_disposal_item where status = 'DISPOSED' and ref_sha256 = '"
                    + Sha256.of(reference)
                    + "'"))
        .isOne();
  }

  @Test
  void aKeptRecordNeedsAReasonAndANewDateAndStaysOffTheListUntilThen() throws SQLException {
    String reference = "INC-2026-000042";
    module.add(reference, TODAY.minusDays(10));
    ProcessInstance review = runNightlyReview();
    Task task = reviewTask(review);

    assertThatThrownBy(() -> complete(task, Map.of("disposal", "keep")))
        .hasRootCauseInstanceOf(BeaconProblem.class);
    assertThatThrownBy(
            () ->
                complete(
                    task,
                    Map.of(
                        "disposal", "keep", "keepReason", "Legal hold", "keepUntil", day(TODAY))))
        .as("the new date must be after today")
        .hasRootCauseInstanceOf(BeaconProblem.class);

    complete(
        task,
        Map.of(
            "disposal",
            "keep",
            "keepReason",
            "Legal hold: civil claim",
            "keepUntil",
            day(TODAY.plusMonths(6))));

    assertThat(review).isEnded().hasPassedInOrder("Task_ReviewDisposal", "EndEvent_RecordKept");
    assertThat(module.references()).containsExactly(reference);
    assertThat(
            count(
                "select count(*) from pf_disposal_item where status = 'KEPT'"
                    + " and keep_reason = 'Legal hold: civil claim' and decided_by = 'dsl1'"))
        .isOne();

    ClockUtil.setCurrentTime(at(TODAY.plusMonths(6).minusDays(1), 1, 0));
    assertThat(runNightlyReview()).isEnded().hasPassed("EndEvent_NothingDue");

    ClockUtil.setCurrentTime(at(TODAY.plusMonths(6), 1, 0));
    assertThat(runNightlyReview()).isWaitingAt("Task_ReviewDisposal");
  }

  @Test
  void aRecordWaitingForItsReviewIsNotListedAgain() {
    module.add("ALG-2026-WAIT01", TODAY.minusDays(1));
    module.add("ALG-2026-WAIT02", TODAY);

    ProcessInstance first = runNightlyReview();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(first.getId()).count())
        .isEqualTo(2);

    ClockUtil.setCurrentTime(at(TODAY.plusDays(1), 1, 0));
    assertThat(runNightlyReview()).isEnded().hasPassed("EndEvent_NothingDue");
  }

  // ---------------------------------------------------------------------------------------------

  private ProcessInstance runNightlyReview() {
    ProcessInstance review =
        engine.getRuntimeService().startProcessInstanceByKey("RecordDisposalProcess");
    execute(job(review));
    return review;
  }

  private Task reviewTask(ProcessInstance review) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(review.getId())
        .taskDefinitionKey("Task_ReviewDisposal")
        .singleResult();
  }

  private void complete(Task task, Map<String, Object> form) {
    engine.getTaskService().claim(task.getId(), "dsl1");
    engine.getTaskService().complete(task.getId(), form);
  }

  private static Date day(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  private static Date at(LocalDate day, int hour, int minute) {
    return Date.from(day.atTime(hour, minute).atZone(ZoneId.systemDefault()).toInstant());
  }

  private static byte[] bytes() {
    return "A letter".getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private void sql(String sql) throws SQLException {
    try (Connection connection = db.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = db.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The audit log's rows, written as the platform writes them, with the actor "system". */
  private final class TableAuditLog implements AuditLog {
    @Override
    public void allowed(String action, String resourceType, String resourceId) {
      allowed(action, resourceType, resourceId, null);
    }

    @Override
    public void allowed(String action, String resourceType, String resourceId, String detail) {
      try (Connection connection = db.getConnection();
          PreparedStatement insert =
              connection.prepareStatement(
                  "insert into pf_audit_event (occurred_at, actor, action, resource_type,"
                      + " resource_id, outcome, detail) values (?, 'system', ?, ?, ?, 'ALLOWED', ?)")) {
        insert.setObject(1, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        insert.setString(2, action);
        insert.setString(3, resourceType);
        insert.setString(4, resourceId);
        insert.setString(5, detail);
        insert.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void denied(String action, String resourceType, String resourceId, String reason) {
      throw new AssertionError("nothing is refused here");
    }
  }

  /** A module's closed records, in memory. */
  private static final class InMemoryRecords implements RetainedRecords {
    private final Map<String, LocalDate> records = new LinkedHashMap<>();

    void add(String reference, LocalDate keepUntil) {
      records.put(reference, keepUntil);
    }

    List<String> references() {
      return new ArrayList<>(records.keySet());
    }

    @Override
    public String module() {
      return "allegations";
    }

    @Override
    public List<RetainedRecord> closed() {
      return records.entrySet().stream()
          .map(
              e ->
                  new RetainedRecord(
                      "PlatformSampleProcess", e.getKey(), "allegation", "malicious", e.getValue()))
          .toList();
    }

    @Override
    public void dispose(String reference) {
      records.remove(reference);
    }
  }
}
