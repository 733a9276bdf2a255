package org.beacon.filtering.infrastructure.bpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;
import org.beacon.filtering.InMemory;
import org.beacon.filtering.api.FilteringLogReviewProcess;
import org.beacon.filtering.application.Wiring;
import org.beacon.filtering.domain.LogReview;
import org.beacon.platform.api.BeaconProblem;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DSL's review of one user's flagged web use on one day. */
@Deployment(resources = "bpmn/filtering-reports/FilteringLogReviewProcess.bpmn")
class FilteringLogReviewProcessTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private InMemory store;
  private LogReview review;

  @BeforeEach
  void wireSteps() {
    init(engine.getProcessEngine());
    store = new InMemory();
    Steps.register(store, engine.getRuntimeService(), Wiring.settings("R/P12M", 5, 200));
    review =
        store.imports.addReview(
            new LogReview("y9pupil", LocalDate.of(2026, 3, 3), Instant.now(), 1L));
  }

  /** The import opened the review (the model is deployed once each test has started). */
  private ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            FilteringLogReviewProcess.KEY,
            review.reference(),
            withVariables(
                FilteringLogReviewProcess.LOG_REVIEW_ID, review.id(),
                FilteringLogReviewProcess.REFERENCE, review.reference(),
                FilteringLogReviewProcess.LOG_USER, review.userName(),
                FilteringLogReviewProcess.LOG_DAY, "2026-03-03",
                FilteringLogReviewProcess.FLAGGED_SUMMARY,
                    "6 request(s) flagged (6 repeated-blocks)"));
  }

  @AfterEach
  void forgetSteps() {
    Mocks.reset();
    reset();
  }

  @Test
  void theDslTaskNamesTheUserAndDayAndIsDueInTwoWorkingDays() {
    Task review = task("Task_ReviewFlaggedUse", start());
    assertThat(review).hasCandidateGroup("dsl");
    assertThat(review.getName()).isEqualTo("Review flagged web use: y9pupil on 2026-03-03");
    assertThat(review.getDueDate().toInstant()).isAfter(Instant.now().plusSeconds(2 * 86_400 - 60));
  }

  @Test
  void noConcernClosesTheReview() {
    ProcessInstance flow = start();
    Task task = task("Task_ReviewFlaggedUse", flow);
    taskService().claim(task.getId(), "dana");
    formService().submitTaskForm(task.getId(), withVariables("outcome", "noConcern"));

    assertThat(flow).hasPassed("EndEvent_FlaggedUseReviewed").isEnded();
    assertThat(review.status()).isEqualTo("closed");
    assertThat(review.outcome()).isEqualTo("noConcern");
    assertThat(review.reviewedBy()).isEqualTo("dana");
  }

  @Test
  void aConcernFollowedUpSaysWhatWasDone() {
    ProcessInstance flow = start();
    Task task = task("Task_ReviewFlaggedUse", flow);
    taskService().claim(task.getId(), "dana");
    assertThatThrownBy(
            () ->
                formService().submitTaskForm(task.getId(), withVariables("outcome", "followedUp")))
        .hasRootCauseInstanceOf(BeaconProblem.class);

    formService()
        .submitTaskForm(
            task.getId(),
            withVariables(
                "outcome",
                "followedUp",
                "actionTaken",
                "Spoke to the pupil; incident INC-2026-0050"));
    assertThat(flow).isEnded();
    assertThat(review.actionTaken()).contains("INC-2026-0050");
  }
}
