package org.beacon.filtering.infrastructure.bpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.beacon.filtering.InMemory;
import org.beacon.filtering.api.FilteringReviewProcess;
import org.beacon.filtering.application.FilteringSettings;
import org.beacon.filtering.domain.FilteringCheck;
import org.beacon.filtering.domain.FilteringReview;
import org.beacon.platform.api.BeaconProblem;
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
 * The filtering review: started by a timer whose cycle is a setting (an expression Camunda
 * evaluates when it deploys the model, and again each time the timer fires) or on demand by a
 * message; a checklist each for technical staff and the DSL; the governor's sign-off, or back for
 * revision.
 */
@Deployment(resources = "bpmn/filtering-reports/FilteringReviewProcess.bpmn")
class FilteringReviewProcessTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private InMemory store;
  private String cycle = "R/P12M";

  @BeforeEach
  void wireSteps() {
    init(engine.getProcessEngine());
    store = new InMemory();
    FilteringSettings settings =
        new FilteringSettings() {
          @Override
          public String getReviewCycle() {
            return cycle;
          }
        };
    Steps.register(store, engine.getRuntimeService(), settings);
  }

  @AfterEach
  void forgetSteps() {
    ClockUtil.reset();
    Mocks.reset();
    reset();
  }

  @Test
  void theTimerStartsAReviewTwelveMonthsAfterDeploymentByDefault() {
    Job timer = reviewTimer();
    ZonedDateTime expected = ZonedDateTime.now(ZoneOffset.UTC).plusMonths(12);
    assertThat(timer.getDuedate().toInstant())
        .isBetween(expected.minusMinutes(5).toInstant(), expected.plusMinutes(5).toInstant());

    managementService().executeJob(timer.getId());

    ProcessInstance review =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(FilteringReviewProcess.KEY)
            .singleResult();
    assertThat(review)
        .hasPassedInOrder("StartEvent_ReviewDue", "Gateway_MergeStarted", "Task_OpenReview")
        .isWaitingAt("Task_TechnicalChecklist", "Task_DslChecklist");
    FilteringReview stored = onlyReview();
    assertThat(review.getBusinessKey()).isEqualTo(stored.reference());
    assertThat(stored.requestedBy()).as("started by the timer").isNull();
    assertThat(reviewTimer()).as("the next review is scheduled").isNotNull();
  }

  @Test
  void aChangedCycleSettingTakesEffectWhenTheTimerNextFires() {
    Job first = reviewTimer();
    cycle = "R/P6M";
    ClockUtil.setCurrentTime(first.getDuedate());

    managementService().executeJob(first.getId());

    ZonedDateTime expected = first.getDuedate().toInstant().atZone(ZoneOffset.UTC).plusMonths(6);
    assertThat(reviewTimer().getDuedate().toInstant())
        .isBetween(expected.minusMinutes(5).toInstant(), expected.plusMinutes(5).toInstant());
  }

  @Test
  void bothChecklistsThenTheGovernorSignsAndTheReviewIsKept() {
    store.checks.add(
        new FilteringCheck(
            Instant.now(),
            "toni",
            "Y5 laptop",
            "test sites",
            false,
            "adult site loaded",
            "Reported to provider",
            "toni",
            Instant.now()));
    ProcessInstance review = requested("dana");
    FilteringReview stored = onlyReview();
    assertThat(stored.figures().checksFailed()).isEqualTo(1);
    assertThat(runtimeService().getVariable(review.getId(), FilteringReviewProcess.FIGURES))
        .asString()
        .contains("1 failed");

    submit(
        review,
        "Task_TechnicalChecklist",
        "technical",
        "toni",
        Map.of(
            "rulesDocumented",
            true,
            "providerEffectiveness",
            "partlyEffective",
            "technicalNotes",
            "Two rules lacked reasons; fixed"));
    assertThat(review).isWaitingAt("Task_DslChecklist");
    submit(
        review,
        "Task_DslChecklist",
        "dsl",
        "dana",
        Map.of(
            "checksReviewed",
            true,
            "reportsReviewed",
            true,
            "findings",
            "One failed check, fixed by the provider",
            "actionsAgreed",
            "Termly checks"));
    assertThat(stored.status()).isEqualTo(FilteringReview.Status.AWAITING_SIGN_OFF);

    submit(
        review,
        "Task_GovernorSignOff",
        "governor",
        "gwen",
        Map.of("signOff", "sign", "governorComments", "Thank you"));

    assertThat(review)
        .hasPassed("Gateway_ChecklistsJoin", "Task_GovernorSignOff", "EndEvent_ReviewSigned")
        .isEnded();
    assertThat(stored.status()).isEqualTo(FilteringReview.Status.SIGNED);
    assertThat(stored.signedBy()).isEqualTo("gwen");
    assertThat(stored.providerEffectiveness()).isEqualTo("partlyEffective");
    assertThat(stored.findings()).isEqualTo("One failed check, fixed by the provider");
    assertThat(stored.requestedBy()).isEqualTo("dana");
  }

  @Test
  void theGovernorSendsItBackWithCommentsAndTheDslRevisesIt() {
    ProcessInstance review = requested("harriet");
    submit(
        review,
        "Task_TechnicalChecklist",
        "technical",
        "toni",
        Map.of(
            "rulesDocumented",
            true,
            "providerEffectiveness",
            "effective",
            "technicalNotes",
            "All fine"));
    submit(
        review,
        "Task_DslChecklist",
        "dsl",
        "dana",
        Map.of("checksReviewed", true, "reportsReviewed", false, "findings", "Fine"));

    Task signOff = taskFor(review, "Task_GovernorSignOff", "governor");
    taskService().claim(signOff.getId(), "gwen");
    assertThatThrownBy(
            () -> formService().submitTaskForm(signOff.getId(), withVariables("signOff", "return")))
        .hasRootCauseInstanceOf(BeaconProblem.class);
    formService()
        .submitTaskForm(
            signOff.getId(),
            withVariables("signOff", "return", "governorComments", "Review the reports too"));
    FilteringReview stored = onlyReview();
    assertThat(stored.status()).isEqualTo(FilteringReview.Status.IN_PROGRESS);
    assertThat(stored.governorComments()).isEqualTo("Review the reports too");

    Task revise = taskFor(review, "Task_ReviseReview", "dsl");
    assertThat(
            formService()
                .getTaskFormData(revise.getId())
                .getFormFields()
                .get(0)
                .getValue()
                .getValue())
        .isEqualTo("Review the reports too");
    submit(
        review,
        "Task_ReviseReview",
        "dsl",
        "dana",
        Map.of("findings", "Reports reviewed: all closed", "actionsAgreed", "None"));
    submit(review, "Task_GovernorSignOff", "governor", "gwen", Map.of("signOff", "sign"));

    assertThat(review)
        .hasPassedInOrder(
            "Task_GovernorSignOff",
            "Gateway_Signed",
            "Task_ReviseReview",
            "Gateway_MergeSignOff",
            "Task_GovernorSignOff")
        .isEnded();
    assertThat(stored.findings()).isEqualTo("Reports reviewed: all closed");
    assertThat(stored.status()).isEqualTo(FilteringReview.Status.SIGNED);
  }

  @Test
  void theNextReviewLooksBackToTheLastSignOff() {
    ProcessInstance first = requested("dana");
    submit(
        first,
        "Task_TechnicalChecklist",
        "technical",
        "toni",
        Map.of(
            "rulesDocumented", true, "providerEffectiveness", "effective", "technicalNotes", "ok"));
    submit(
        first,
        "Task_DslChecklist",
        "dsl",
        "dana",
        Map.of("checksReviewed", true, "reportsReviewed", true, "findings", "ok"));
    submit(first, "Task_GovernorSignOff", "governor", "gwen", Map.of("signOff", "sign"));
    Instant signed = onlyReview().signedAt();

    requested("dana");

    FilteringReview second = store.reviews.all.values().stream().reduce((a, b) -> b).orElseThrow();
    assertThat(second.periodFrom()).isEqualTo(signed);
  }

  private ProcessInstance requested(String by) {
    return runtimeService()
        .startProcessInstanceByMessage(
            FilteringReviewProcess.REQUESTED_MESSAGE,
            withVariables(FilteringReviewProcess.REQUESTED_BY, by));
  }

  private FilteringReview onlyReview() {
    assertThat(store.reviews.all).hasSize(1);
    return store.reviews.all.values().iterator().next();
  }

  private static Job reviewTimer() {
    return managementService()
        .createJobQuery()
        .timers()
        .processDefinitionKey(FilteringReviewProcess.KEY)
        .singleResult();
  }

  private Task taskFor(ProcessInstance instance, String activityId, String role) {
    assertThat(instance).isWaitingAt(activityId);
    Task task = task(activityId, instance);
    assertThat(task).hasCandidateGroup(role);
    return task;
  }

  private void submit(
      ProcessInstance instance,
      String activityId,
      String role,
      String user,
      Map<String, Object> values) {
    Task task = taskFor(instance, activityId, role);
    taskService().claim(task.getId(), user);
    formService().submitTaskForm(task.getId(), values);
  }
}
