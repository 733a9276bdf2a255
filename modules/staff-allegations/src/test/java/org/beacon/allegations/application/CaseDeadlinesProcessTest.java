package org.beacon.allegations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.beacon.allegations.AllegationFlowFixture.at;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.beacon.allegations.AllegationFlowFixture;
import org.beacon.allegations.AllegationFlowFixture.Raised;
import org.beacon.allegations.application.CaseDeadlines.Deadline;
import org.beacon.allegations.domain.AccusedStaff;
import org.beacon.allegations.domain.StaffRole;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deadlines an allegation's detail shows, read from the engine's history. */
@Deployment(
    resources = {
      "bpmn/staff-allegations/StaffAllegationProcess.bpmn",
      "bpmn/staff-allegations/AllegationDeadlines.dmn",
      "bpmn/platform/RetentionSchedule.dmn"
    })
class CaseDeadlinesProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void aReferralMadeLateIsMissedAndTheNextDeadlineIsOpen() {
    ProcessEngine engine = extension.getProcessEngine();
    AllegationFlowFixture flow = new AllegationFlowFixture(engine);
    ClockUtil.setCurrentTime(at(2024, 12, 20, 16, 0));
    Raised raised =
        flow.raise(
            AccusedStaff.withAccount("staff2", false, StaffRole.TEACHER),
            false,
            at(2024, 12, 20, 16, 0).toInstant());
    flow.complete(
        raised.instance(),
        "Task_AssessHarmThreshold",
        Map.of(
            "harmedChild",
            true,
            "possibleOffence",
            false,
            "riskOfHarm",
            false,
            "unsuitableToWorkWithChildren",
            false,
            "thresholdReasons",
            "Pupil injured"));
    // Referred on Tuesday 24 December at 09:00, the day after it was due.
    ClockUtil.setCurrentTime(at(2024, 12, 24, 9, 0));
    flow.complete(
        raised.instance(),
        "Task_ReferToLado",
        Map.of(
            "referredOn",
            AllegationFlowFixture.day(java.time.LocalDate.of(2024, 12, 24)),
            "referralMethod",
            "phone"));
    CaseDeadlines deadlines = new CaseDeadlines();
    deadlines.historyService = engine.getHistoryService();
    deadlines.clock = Clock.fixed(at(2024, 12, 24, 9, 5).toInstant(), ZoneOffset.UTC);

    assertThat(deadlines.of(raised.instance().getId()))
        .extracting(Deadline::task, Deadline::due, Deadline::state, Deadline::met)
        .containsExactly(
            tuple("Task_ReferToLado", at(2024, 12, 23, 16, 0).toInstant(), "missed", false));
  }

  @Test
  void anOpenDeadlinePastItsDueDateIsOverdue() {
    ProcessEngine engine = extension.getProcessEngine();
    AllegationFlowFixture flow = new AllegationFlowFixture(engine);
    ClockUtil.setCurrentTime(at(2026, 3, 2, 9, 0));
    Raised raised =
        flow.raise(
            AccusedStaff.withAccount("staff2", false, StaffRole.TEACHER),
            false,
            at(2026, 3, 2, 9, 0).toInstant());
    flow.complete(
        raised.instance(),
        "Task_AssessHarmThreshold",
        Map.of(
            "harmedChild",
            false,
            "possibleOffence",
            true,
            "riskOfHarm",
            false,
            "unsuitableToWorkWithChildren",
            false,
            "thresholdReasons",
            "Possible offence"));
    CaseDeadlines deadlines = new CaseDeadlines();
    deadlines.historyService = engine.getHistoryService();

    deadlines.clock = Clock.fixed(at(2026, 3, 3, 8, 0).toInstant(), ZoneOffset.UTC);
    assertThat(deadlines.of(raised.instance().getId()))
        .extracting(Deadline::state, Deadline::met)
        .containsExactly(tuple("open", null));
    deadlines.clock = Clock.fixed(at(2026, 3, 3, 9, 1).toInstant(), ZoneOffset.UTC);
    assertThat(deadlines.of(raised.instance().getId()))
        .extracting(Deadline::state, Deadline::met)
        .containsExactly(tuple("overdue", false));
  }
}
