package org.beacon.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one reader of flow variables, inside a real engine. Each test pins a rule on which the four
 * module copies it replaced disagreed.
 */
class ProcessVariablesProcessTest {

  @RegisterExtension ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  private final Map<String, Object> seen = new HashMap<>();
  private Function<DelegateExecution, Object> step = execution -> null;
  private Function<DelegateTask, Object> onComplete = task -> null;

  @BeforeEach
  void deployProbe() {
    Mocks.register(
        "probeStep", (JavaDelegate) execution -> seen.put("step", step.apply(execution)));
    Mocks.register(
        "probeComplete", (TaskListener) task -> seen.put("complete", onComplete.apply(task)));
    engine()
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "Probe.bpmn",
            Bpmn.createExecutableProcess("Probe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_Step")
                .camundaDelegateExpression("${probeStep}")
                .userTask("Task_Decide")
                .camundaTaskListenerDelegateExpression(
                    TaskListener.EVENTNAME_COMPLETE, "${probeComplete}")
                .endEvent()
                .done())
        .deploy();
  }

  @AfterEach
  void resetEngine() {
    Mocks.reset();
    ClockUtil.reset();
    engine().getIdentityService().clearAuthentication();
  }

  @Test
  void aBlankTextIsNullNotEmpty() {
    // IncidentVariables answered "" for a blank value, the other three null.
    step = execution -> ProcessVariables.text(execution, "note");
    start(Map.of("note", "   "));
    assertThat(seen.get("step")).isNull();

    step = execution -> ProcessVariables.text(execution, "note");
    start(Map.of("note", "  Seen by the head  "));
    assertThat(seen.get("step")).isEqualTo("Seen by the head");
  }

  @Test
  void aFlagIsTrueOnlyForTheBooleanTrue() {
    step =
        execution ->
            ProcessVariables.flag(execution, "urgent")
                + "/"
                + ProcessVariables.optionalFlag(execution, "urgent");
    start(Map.of("urgent", "true"));
    assertThat(seen.get("step")).isEqualTo("false/null");

    start(Map.of("urgent", true));
    assertThat(seen.get("step")).isEqualTo("true/true");
  }

  @Test
  void aFlowWithoutItsCaseIdIsABrokenModel() {
    step =
        execution -> {
          try {
            return ProcessVariables.id(execution, "caseId");
          } catch (IllegalStateException e) {
            return e.getMessage();
          }
        };
    start(Map.of("caseId", "12"));
    assertThat(seen.get("step")).isEqualTo("The process has no caseId variable");

    start(Map.of("caseId", 12));
    assertThat(seen.get("step")).isEqualTo(12L);
  }

  @Test
  void nowAndTodayFollowTheEngineClockInSchoolTime() {
    // 23:30 UTC on 30 June is already 1 July in the school (BST); the wall clock is years later.
    Instant lateEvening = Instant.parse("2026-06-30T23:30:00Z");
    ClockUtil.setCurrentTime(Date.from(lateEvening));
    step = execution -> ProcessVariables.now() + " " + ProcessVariables.today();
    start(Map.of());
    assertThat(seen.get("step")).isEqualTo(lateEvening + " " + LocalDate.of(2026, 7, 1));
  }

  @Test
  void theActorIsTheAssigneeElseTheAuthenticatedUser() {
    onComplete = ProcessVariables::actor;
    String claimed = start(Map.of());
    engine().getIdentityService().setAuthenticatedUserId("someone-else");
    engine().getTaskService().claim(task(claimed), "dana");
    engine().getTaskService().complete(task(claimed));
    assertThat(seen.get("complete")).isEqualTo("dana");

    String unclaimed = start(Map.of());
    engine().getTaskService().complete(task(unclaimed));
    assertThat(seen.get("complete")).isEqualTo("someone-else");
  }

  @Test
  void aStepNobodyCanBeNamedForIsRefusedNotRecordedAsUnknown() {
    // FlowValues recorded such a step as "unknown" (a name a real account could have), and
    // FilteringVariables as null (a record that says nothing): neither is a safeguarding record.
    onComplete = task -> ProcessVariables.actorIfKnown(task);
    String first = start(Map.of());
    engine().getTaskService().complete(task(first));
    assertThat(seen.get("complete")).isEqualTo(Optional.empty());

    onComplete = ProcessVariables::actor;
    String second = start(Map.of());
    assertThatThrownBy(() -> engine().getTaskService().complete(task(second)))
        .rootCause()
        .isInstanceOfSatisfying(
            BeaconProblem.class, problem -> assertThat(problem.status()).isEqualTo(403));
    assertThat(engine().getTaskService().createTaskQuery().processInstanceId(second).count())
        .isEqualTo(1);
  }

  @Test
  void aDecisionFieldMustHoldOneOfItsTwoValues() {
    step =
        execution -> {
          try {
            return ProcessVariables.decision(execution, "decision", "approve", "reject");
          } catch (BeaconProblem e) {
            return e.fields();
          }
        };
    start(Map.of("decision", " reject "));
    assertThat(seen.get("step")).isEqualTo(false);
    start(Map.of("decision", "maybe"));
    assertThat(seen.get("step")).isEqualTo(Map.of("decision", "must be approve or reject"));
  }

  private String start(Map<String, Object> variables) {
    return engine().getRuntimeService().startProcessInstanceByKey("Probe", variables).getId();
  }

  private String task(String instance) {
    return engine()
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance)
        .singleResult()
        .getId();
  }

  private ProcessEngine engine() {
    return extension.getProcessEngine();
  }
}
