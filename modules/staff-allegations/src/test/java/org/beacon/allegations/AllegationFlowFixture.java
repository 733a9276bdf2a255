package org.beacon.allegations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.application.AllegationRaising;
import org.beacon.allegations.domain.AccusedStaff;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationSource;
import org.beacon.allegations.domain.Reporter;
import org.beacon.allegations.domain.StaffRole;
import org.beacon.allegations.infrastructure.bpm.AllegationDeadlines;
import org.beacon.allegations.infrastructure.bpm.CloseAllegationDelegate;
import org.beacon.allegations.infrastructure.bpm.CompleteDetailsListener;
import org.beacon.allegations.infrastructure.bpm.EscalateOverdueStepDelegate;
import org.beacon.allegations.infrastructure.bpm.RecordFromIncidentDelegate;
import org.beacon.allegations.infrastructure.bpm.RecordInstantSuspensionListener;
import org.beacon.allegations.infrastructure.bpm.RecordLadoOutcomeListener;
import org.beacon.allegations.infrastructure.bpm.RecordLadoReferralListener;
import org.beacon.allegations.infrastructure.bpm.RecordLowLevelConcernDelegate;
import org.beacon.allegations.infrastructure.bpm.RecordOutcomeListener;
import org.beacon.allegations.infrastructure.bpm.RecordPatternReviewListener;
import org.beacon.allegations.infrastructure.bpm.RecordRemovalListener;
import org.beacon.allegations.infrastructure.bpm.RecordRetentionListener;
import org.beacon.allegations.infrastructure.bpm.RecordSuspensionListener;
import org.beacon.allegations.infrastructure.bpm.RecordThresholdListener;
import org.beacon.platform.api.People;
import org.beacon.platform.calendar.BankHolidayCalendar;
import org.beacon.platform.identity.PeopleSnapshot;
import org.beacon.platform.people.InMemoryCaseParties;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The allegation flow on a test engine with the module's real delegates and listeners, an in-memory
 * repository, the shipped bank holidays and the deadlines decision table. A test whose clocks run
 * out deploys {@code bpmn/platform/StandInChain.dmn} too: escalations follow it.
 */
public final class AllegationFlowFixture {

  public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

  public final InMemoryAllegations allegations = new InMemoryAllegations();
  public final RecordingAuditLog audit = new RecordingAuditLog();

  /** The demo school's directory: anyone else is a name. */
  public final People people = PeopleSnapshot.demoSchool();

  public final InMemoryCaseParties parties = new InMemoryCaseParties(people);
  public final BankHolidayCalendar calendar = shippedCalendar();
  private final ProcessEngine engine;

  public AllegationFlowFixture(ProcessEngine engine) {
    this.engine = engine;
    AllegationDeadlines deadlines = new AllegationDeadlines(engine.getDecisionService(), calendar);
    Mocks.register("workingDays", calendar);
    Mocks.register("allegationDeadlines", deadlines);
    Mocks.register(
        "allegationsRecordFromIncidentDelegate",
        new RecordFromIncidentDelegate(allegations, people, parties, audit));
    Mocks.register(
        "allegationsCompleteDetailsListener", new CompleteDetailsListener(allegations, audit));
    Mocks.register(
        "allegationsRecordThresholdListener", new RecordThresholdListener(allegations, audit));
    Mocks.register(
        "allegationsRecordLowLevelConcernDelegate",
        new RecordLowLevelConcernDelegate(allegations, audit));
    Mocks.register(
        "allegationsRecordPatternReviewListener",
        new RecordPatternReviewListener(allegations, audit));
    Mocks.register(
        "allegationsRecordLadoReferralListener",
        new RecordLadoReferralListener(allegations, audit));
    Mocks.register(
        "allegationsRecordLadoOutcomeListener", new RecordLadoOutcomeListener(allegations, audit));
    Mocks.register(
        "allegationsRecordSuspensionListener", new RecordSuspensionListener(allegations, audit));
    Mocks.register(
        "allegationsRecordInstantSuspensionListener",
        new RecordInstantSuspensionListener(allegations, audit));
    Mocks.register(
        "allegationsRecordOutcomeListener", new RecordOutcomeListener(allegations, audit));
    Mocks.register(
        "allegationsRecordRemovalListener", new RecordRemovalListener(allegations, audit));
    Mocks.register(
        "allegationsRecordRetentionListener",
        new RecordRetentionListener(
            allegations,
            deadlines,
            new org.beacon.platform.retention.DmnRetentionSchedule(engine.getDecisionService()),
            audit));
    Mocks.register(
        "allegationsCloseAllegationDelegate",
        new CloseAllegationDelegate(
            allegations,
            new org.beacon.platform.retention.DmnRetentionSchedule(engine.getDecisionService()),
            audit));
    Mocks.register(
        "allegationsEscalateOverdueStepDelegate",
        new EscalateOverdueStepDelegate(allegations, people, parties, audit));
  }

  public static BankHolidayCalendar shippedCalendar() {
    Path shipped = Path.of("../../config/bank-holidays.txt");
    try (InputStream in = Files.newInputStream(shipped)) {
      return BankHolidayCalendar.read(in, shipped.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A moment in school time. */
  public static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(
        LocalDateTime.of(year, month, day, hour, minute).atZone(SCHOOL_ZONE).toInstant());
  }

  /** A date form field's value, as the task API hands it to the engine. */
  public static Date day(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  /** An allegation in the flow, as the API raises one. */
  public record Raised(Allegation allegation, ProcessInstance instance) {}

  /** Raises an allegation against a teacher as the API does, at the engine's current time. */
  public Raised raise(String accusedUsername, boolean headteacher, boolean immediateDanger) {
    return raise(
        AccusedStaff.withAccount(accusedUsername, headteacher, StaffRole.TEACHER),
        immediateDanger,
        ClockUtil.getCurrentTime().toInstant());
  }

  public Raised raise(AccusedStaff accused, boolean immediateDanger, Instant raisedAt) {
    return raise(accused, immediateDanger, false, raisedAt);
  }

  /**
   * Raises an allegation as the API does, saying whether child abuse images were found with the
   * accused.
   */
  public Raised raise(
      AccusedStaff accused, boolean immediateDanger, boolean childAbuseImages, Instant raisedAt) {
    Allegation allegation =
        allegations.add(
            new Allegation(
                "staff",
                raisedAt,
                AllegationSource.PARENT,
                null,
                null,
                accused,
                new Reporter("A parent", "parent of a pupil in Year 4", null),
                raisedAt.minusSeconds(3600),
                "Messaged a pupil on a personal social media account",
                List.of(),
                immediateDanger));
    allegation.recordChildAbuseImages(childAbuseImages);
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                AllegationProcess.KEY,
                allegation.reference(),
                AllegationRaising.startVariables(allegation));
    allegation.startedAs(instance.getId());
    return new Raised(allegation, instance);
  }

  /** The open task of the instance at this step; fails unless there is exactly one. */
  public Task task(ProcessInstance instance, String taskDefinitionKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  /** Completes the step's form as the task API would, with values of the engine's types. */
  public void complete(
      ProcessInstance instance, String taskDefinitionKey, Map<String, Object> values) {
    Task task = task(instance, taskDefinitionKey);
    if (task == null) {
      throw new AssertionError("No open task " + taskDefinitionKey);
    }
    engine.getFormService().submitTaskForm(task.getId(), values);
  }
}
