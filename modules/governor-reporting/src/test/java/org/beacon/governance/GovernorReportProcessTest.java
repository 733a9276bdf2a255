package org.beacon.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beacon.governance.api.GovernorReportProcess.KEY;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beacon.governance.api.GovernorReportProcess;
import org.beacon.governance.application.ScheduledReports;
import org.beacon.governance.domain.report.GovernorReport;
import org.beacon.governance.domain.report.ReportRepository;
import org.beacon.governance.domain.report.ReportStatus;
import org.beacon.governance.domain.term.TermDates;
import org.beacon.governance.infrastructure.bpm.FindDueReportDelegate;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The governor report model: the daily timer draws up each term's report once, the day after the
 * term ends (with the real schedule, the engine's clock moved by the test), and a report goes from
 * the DSL's commentary through the head's review (and back) to a governor's acknowledgement.
 */
@Deployment(resources = "bpmn/governor-reporting/GovernorReportProcess.bpmn")
class GovernorReportProcessTest {

  private static final ZoneId SCHOOL = ZoneId.of("Europe/London");

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  /** The schedule keys of reports drawn up, as the repository would know them. */
  private final Set<String> drawnUp = new HashSet<>();

  private final List<String> calls = new ArrayList<>();
  private long nextReportId = 1;

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    Mocks.register(
        "governanceFindDueReportDelegate",
        new FindDueReportDelegate(
            new ScheduledReports(TermDates.defaults(), new DrawnUpReports())));
    Mocks.register(
        "governanceGenerateReportDelegate",
        (JavaDelegate)
            execution -> {
              long id = nextReportId++;
              Object key = execution.getVariable(GovernorReportProcess.SCHEDULE_KEY);
              if (key != null) {
                drawnUp.add(key.toString());
              }
              execution.setVariable(GovernorReportProcess.REPORT_ID, id);
              execution.setProcessBusinessKey("REPORT-" + id);
              calls.add("generate " + execution.getVariable(GovernorReportProcess.REPORT_TITLE));
            });
    listener("governanceRecordCommentaryListener");
    listener("governanceRecordHeadReviewListener");
    listener("governanceAcknowledgeReportListener");
  }

  @AfterEach
  void resetEngine() {
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  @Test
  void theDailyTimerRunsAtSixInTheMorning() {
    Job timer = dailyCheck();

    assertThat(
            LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault())
                .getHour())
        .isEqualTo(6);
    assertThat(timer.getProcessInstanceId()).as("a timer start event: no instance waits").isNull();
  }

  @Test
  void theDayAfterTheAutumnTermEndsTheCheckStartsItsReportOnce() {
    runDailyCheckAt(LocalDate.of(2026, 12, 19));
    assertThat(reports()).as("on the last day of term").isEmpty();

    runDailyCheckAt(LocalDate.of(2026, 12, 20));

    List<ProcessInstance> started = reports();
    assertThat(started).hasSize(1);
    ProcessInstance autumn = started.get(0);
    assertThat(autumn).isWaitingAt("Task_WriteCommentary");
    assertThat(autumn.getBusinessKey())
        .as("the check's instance became the report")
        .isEqualTo("REPORT-1");
    assertThat(autumn)
        .hasPassedInOrder(
            "StartEvent_DailyCheck",
            "Task_FindDueReport",
            "Gateway_ReportDue",
            "Task_GenerateReport");
    assertThat(autumn)
        .variables()
        .containsEntry(GovernorReportProcess.REPORT_TITLE, "Autumn term 2026")
        .containsEntry(GovernorReportProcess.REPORT_KIND, "term")
        .containsEntry(GovernorReportProcess.SCHEDULE_KEY, "2026-autumn")
        .containsEntry(GovernorReportProcess.PERIOD_FROM, startOf(LocalDate.of(2026, 7, 23)))
        .containsEntry(GovernorReportProcess.PERIOD_TO, startOf(LocalDate.of(2026, 12, 20)));
    assertThat(calls).containsExactly("generate Autumn term 2026");

    runDailyCheckAt(LocalDate.of(2026, 12, 21));
    assertThat(reports()).as("drawn up already").hasSize(1);
  }

  @Test
  void theEndOfTheSummerTermBringsTheTermReportAndTheNextMorningTheAnnualReport() {
    runDailyCheckAt(LocalDate.of(2027, 7, 23));
    assertThat(titles()).containsExactly("Summer term 2027");

    runDailyCheckAt(LocalDate.of(2027, 7, 24));
    assertThat(titles()).containsExactlyInAnyOrder("Summer term 2027", "Annual report 2026–27");

    runDailyCheckAt(LocalDate.of(2027, 7, 25));
    assertThat(reports()).hasSize(2);
  }

  @Test
  void aDayWithNothingDueEndsTheCheck() {
    runDailyCheckAt(LocalDate.of(2026, 11, 23));

    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .as("nothing left running")
        .isZero();
    assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .activityId("EndEvent_NothingDue")
                .count())
        .isEqualTo(1);
  }

  @Test
  void aFailingCheckLeavesTomorrowsTimerInPlace() {
    Mocks.register(
        "governanceFindDueReportDelegate",
        (JavaDelegate)
            execution -> {
              throw new IllegalStateException("BEACON_TERM_ENDS: autumn=19-12 must be term=MM-DD");
            });

    assertThatThrownBy(() -> runDailyCheckAt(LocalDate.of(2026, 12, 20)))
        .hasMessageContaining("BEACON_TERM_ENDS");

    Job tomorrow = dailyCheck();
    assertThat(tomorrow.getDuedate()).isAfter(ClockUtil.getCurrentTime());
    assertThat(reports()).isEmpty();
  }

  @Test
  void aReportGoesFromTheDslToTheHeadBackToTheDslThenToAGovernorWhoAcknowledgesIt() {
    ProcessInstance report = askForReport();
    assertThat(report).isWaitingAt("Task_WriteCommentary");
    assertThat(task(report)).hasCandidateGroup("dsl");
    assertThat(formValue(task(report), "reportTitle"))
        .isEqualTo("Report for 1 September 2026 to 18 December 2026");
    assertThat(formValue(task(report), "reportId")).isEqualTo(1L);

    submit(
        report, withVariables(GovernorReportProcess.COMMENTARY, "Fewer incidents than last term."));
    assertThat(report).isWaitingAt("Task_ReviewReport");
    assertThat(task(report)).hasCandidateGroup("head");
    assertThat(formValue(task(report), "commentary")).isEqualTo("Fewer incidents than last term.");

    submit(
        report,
        withVariables(
            GovernorReportProcess.REVIEW_DECISION,
            "return",
            GovernorReportProcess.REVIEW_NOTE,
            "Add the trend."));
    assertThat(report).isWaitingAt("Task_WriteCommentary");
    assertThat(formValue(task(report), "reviewNote")).isEqualTo("Add the trend.");

    submit(
        report,
        withVariables(GovernorReportProcess.COMMENTARY, "Fewer incidents; the trend is down."));
    submit(report, withVariables(GovernorReportProcess.REVIEW_DECISION, "approve"));
    assertThat(report).isWaitingAt("Task_AcknowledgeReport");
    assertThat(task(report)).hasCandidateGroup("governor");

    submit(report, withVariables(GovernorReportProcess.ACKNOWLEDGED, true));

    assertThat(report)
        .hasPassedInOrder(
            "StartEvent_ReportRequested",
            "Gateway_MergeStart",
            "Task_GenerateReport",
            "Task_WriteCommentary",
            "Task_ReviewReport",
            "Task_WriteCommentary",
            "Task_ReviewReport",
            "Task_AcknowledgeReport",
            "EndEvent_ReportAcknowledged")
        .isEnded();
    assertThat(calls)
        .containsExactly(
            "generate Report for 1 September 2026 to 18 December 2026",
            "governanceRecordCommentaryListener",
            "governanceRecordHeadReviewListener",
            "governanceRecordCommentaryListener",
            "governanceRecordHeadReviewListener",
            "governanceAcknowledgeReportListener");
  }

  @Test
  void theHeadMustChooseWhatHappensToTheReport() {
    ProcessInstance report = askForReport();
    submit(report, withVariables(GovernorReportProcess.COMMENTARY, "Quiet term."));

    assertThatThrownBy(() -> formService().submitTaskForm(task(report).getId(), Map.of()))
        .hasMessageContaining(GovernorReportProcess.REVIEW_DECISION);
    assertThat(report).isWaitingAt("Task_ReviewReport");
  }

  // --- helpers -------------------------------------------------------------------------------

  private ProcessInstance askForReport() {
    return runtimeService()
        .startProcessInstanceByMessage(
            GovernorReportProcess.MSG_REPORT_REQUESTED,
            withVariables(
                GovernorReportProcess.PERIOD_FROM, startOf(LocalDate.of(2026, 9, 1)),
                GovernorReportProcess.PERIOD_TO, startOf(LocalDate.of(2026, 12, 19)),
                GovernorReportProcess.REPORT_KIND, "on-demand",
                GovernorReportProcess.REPORT_TITLE,
                    "Report for 1 September 2026 to 18 December 2026",
                GovernorReportProcess.REQUESTED_BY, "dsl"));
  }

  private Job dailyCheck() {
    return managementService()
        .createJobQuery()
        .timers()
        .activityId("StartEvent_DailyCheck")
        .singleResult();
  }

  /**
   * Moves the engine's clock to 06:00 school time on the day and runs the daily timer's job, then
   * the check it starts (asynchronous, so that a failing check never stops the timer).
   */
  private void runDailyCheckAt(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(6, 0).atZone(SCHOOL).toInstant()));
    managementService().executeJob(dailyCheck().getId());
    Job check =
        managementService().createJobQuery().activityId("Task_FindDueReport").singleResult();
    assertThat(dailyCheck()).as("tomorrow's timer is scheduled before the check runs").isNotNull();
    managementService().executeJob(check.getId());
  }

  private List<Object> titles() {
    return reports().stream()
        .map(p -> runtimeService().getVariable(p.getId(), GovernorReportProcess.REPORT_TITLE))
        .toList();
  }

  private List<ProcessInstance> reports() {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(KEY)
        .processInstanceBusinessKeyLike("REPORT-%")
        .list();
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(SCHOOL).toInstant());
  }

  private void submit(ProcessInstance report, Map<String, Object> values) {
    Task task = task(report);
    taskService().claim(task.getId(), "someone");
    formService().submitTaskForm(task.getId(), values);
  }

  private static Object formValue(Task task, String id) {
    return formService().getTaskFormData(task.getId()).getFormFields().stream()
        .filter(f -> f.getId().equals(id))
        .map(FormField::getValue)
        .map(v -> v.getValue())
        .findFirst()
        .orElseThrow();
  }

  private void listener(String name) {
    Mocks.register(name, (TaskListener) task -> calls.add(name));
  }

  /** The repository as the daily check sees it: which scheduled reports exist. */
  private final class DrawnUpReports implements ReportRepository {
    @Override
    public boolean existsForSchedule(String scheduleKey) {
      return drawnUp.contains(scheduleKey);
    }

    @Override
    public GovernorReport add(GovernorReport report) {
      throw new AssertionError(
          "not part of this test: the daily check only asks whether a report exists");
    }

    @Override
    public Optional<GovernorReport> find(long id) {
      throw new AssertionError(
          "not part of this test: the daily check only asks whether a report exists");
    }

    @Override
    public List<GovernorReport> list(Collection<ReportStatus> statuses, int first, int max) {
      throw new AssertionError(
          "not part of this test: the daily check only asks whether a report exists");
    }
  }
}
