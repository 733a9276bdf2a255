package org.beacon.records.infrastructure.bpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Messages;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Role;
import org.beacon.platform.api.SchoolTime;
import org.beacon.records.InMemory;
import org.beacon.records.application.AgreementViews.AgreementSettings;
import org.beacon.records.application.AgreementViews.NotSignedReport;
import org.beacon.records.application.AgreementViews.PaperSignature;
import org.beacon.records.application.AgreementViews.Unsigned;
import org.beacon.records.application.Agreements;
import org.beacon.records.application.Wiring;
import org.beacon.records.domain.SigningMethod;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A policy version approved by the governing body: everyone bound by it is asked to sign again. */
@Deployment(resources = "bpmn/school-records/AgreementRenewalProcess.bpmn")
class AgreementRenewalProcessTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private InMemory store;
  private Agreements agreements;

  @BeforeEach
  void wireSteps() {
    init(engine.getProcessEngine());
    store = new InMemory();
    Steps.register(store, engine.getProcessEngine());
    agreements = Wiring.agreements(store, engine.getProcessEngine());
  }

  @AfterEach
  void forgetSteps() {
    Mocks.reset();
    reset();
  }

  private ProcessInstance approved(long policyId, String kind, int version) {
    return runtimeService()
        .createMessageCorrelation(Messages.POLICY_VERSION_APPROVED)
        .processInstanceBusinessKey("POLICY-" + policyId + "-V" + version)
        .setVariable(Messages.POLICY_ID, policyId)
        .setVariable(Messages.POLICY_KIND, kind)
        .setVariable(Messages.POLICY_TITLE, "A policy")
        .setVariable(Messages.POLICY_VERSION, version)
        .correlateAllWithResult()
        .get(0)
        .getProcessInstance();
  }

  private List<Task> signingTasks() {
    return taskService()
        .createTaskQuery()
        .taskDefinitionKey("Task_SignAgreement")
        .orderByTaskAssignee()
        .asc()
        .list();
  }

  private static Caller as(String username, Role role) {
    return new Caller(username, Set.of(role));
  }

  @Test
  void aNewStaffAupGivesEveryMemberOfStaffATaskToSignByTheDeadline() {
    ProcessInstance renewal = approved(7, "staff-aup", 2);

    assertThat(renewal).isWaitingAt("Task_SignAgreement");
    List<Task> tasks = signingTasks();
    // Staff, the DSL, the head and the office sign; governors and administrators do not.
    assertThat(tasks)
        .extracting(Task::getAssignee)
        .containsExactly("dsl", "head", "office", "staff", "staff2");
    assertThat(tasks)
        .extracting(Task::getName)
        .containsOnly("Sign the Staff and volunteer acceptable use agreement");
    LocalDate deadline = SchoolTime.dayOf(new Date()).plusDays(Agreements.SIGN_WITHIN_DAYS);
    assertThat(tasks).extracting(t -> SchoolTime.dayOf(t.getDueDate())).containsOnly(deadline);
    assertThat(store.types.get("staff-aup").currentVersion()).isEqualTo(1);
    assertThat(
            taskService()
                .createTaskQuery()
                .taskDefinitionKey("Task_CollectPaperSignatures")
                .count())
        .isZero();
  }

  @Test
  void signingOnTheMyAgreementsPageClosesTheTaskAndCompletingTheTaskSigns() {
    ProcessInstance renewal = approved(7, "staff-aup", 2);

    agreements.sign(as("staff", Role.STAFF), "staff-aup");
    Task staff2 =
        signingTasks().stream()
            .filter(t -> t.getAssignee().equals("staff2"))
            .findFirst()
            .orElseThrow();
    taskService().complete(staff2.getId());

    assertThat(signingTasks())
        .extracting(Task::getAssignee)
        .containsExactly("dsl", "head", "office");
    assertThat(store.signatures)
        .extracting(s -> s.signerUsername() + " v" + s.version() + " " + s.method())
        .containsExactlyInAnyOrder("staff v1 IN_BEACON", "staff2 v1 IN_BEACON");

    NotSignedReport report = agreements.notSigned(as("dsl", Role.DSL), "staff-aup");
    assertThat(report.version()).isEqualTo(1);
    assertThat(report.concerned()).isEqualTo(5);
    assertThat(report.signed()).isEqualTo(2);
    assertThat(report.notSigned())
        .extracting(Unsigned::reference)
        .containsExactly("dsl", "head", "office");

    // Signing twice records one signature.
    agreements.sign(as("staff", Role.STAFF), "staff-aup");
    assertThat(store.signatures).hasSize(2);

    signingTasks().forEach(t -> taskService().complete(t.getId()));
    assertThat(renewal)
        .hasPassedInOrder(
            "StartEvent_PolicyVersionApproved",
            "Task_OpenNewVersion",
            "Gateway_ForkSigning",
            "Task_SignAgreement",
            "Gateway_JoinSigning",
            "EndEvent_VersionSigned")
        .hasPassed("Gateway_PaperAgreements", "Gateway_PaperDone")
        .hasNotPassed("Task_CollectPaperSignatures")
        .isEnded();
    assertThat(agreements.notSigned(as("head", Role.HEAD), "staff-aup").notSigned()).isEmpty();
  }

  @Test
  void aNewPupilAupGivesTheOfficeAListToCollectAndNoStaffTasks() {
    store.pupil(new Pupil("P-0042", "Year 5", LocalDate.of(2016, 1, 5), null));
    store.pupil(new Pupil("P-0043", "Year 5", LocalDate.of(2016, 2, 5), null));
    ProcessInstance renewal = approved(8, "pupil-aup", 1);

    assertThat(renewal).isWaitingAt("Task_CollectPaperSignatures");
    assertThat(signingTasks()).isEmpty();
    Task office =
        taskService()
            .createTaskQuery()
            .taskDefinitionKey("Task_CollectPaperSignatures")
            .singleResult();
    assertThat(office.getName())
        .isEqualTo(
            "Collect the signed forms: Pupil acceptable use agreement (KS2), Pupil acceptable use agreement (KS1)");
    assertThat(taskService().getIdentityLinksForTask(office.getId()))
        .extracting(l -> l.getGroupId())
        .containsExactly("office");

    agreements.recordPaper(
        as("office", Role.OFFICE),
        "pupil-aup-ks2",
        new PaperSignature(null, "p-0042", null, LocalDate.now().minusDays(2).toString(), null));
    assertThat(store.signatures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.pupilReference()).isEqualTo("P-0042");
              assertThat(s.method()).isEqualTo(SigningMethod.PAPER);
              assertThat(s.recordedBy()).isEqualTo("office");
            });
    assertThat(agreements.notSigned(as("dsl", Role.DSL), "pupil-aup-ks2").notSigned())
        .extracting(Unsigned::reference)
        .containsExactly("P-0043");

    taskService().complete(office.getId());
    assertThat(renewal).hasPassed("Task_CollectPaperSignatures").isEnded();
  }

  @Test
  void aPolicyNoAgreementFollowsAsksNobodyAnything() {
    ProcessInstance renewal = approved(9, "e-safety", 4);

    assertThat(renewal).isEnded();
    assertThat(taskService().createTaskQuery().count()).isZero();
    assertThat(store.types.values()).allMatch(t -> t.currentVersion() == 0);
  }

  @Test
  void anAgreementBoundToAPolicyByIdFollowsThatPolicyOnly() {
    agreements.configure(as("dsl", Role.DSL), "staff-aup", new AgreementSettings(42L, null));

    approved(7, "staff-aup", 3);
    assertThat(store.types.get("staff-aup").currentVersion()).isZero();
    assertThat(signingTasks()).isEmpty();

    approved(42, "other", 1);
    assertThat(store.types.get("staff-aup").currentVersion()).isEqualTo(1);
    assertThat(signingTasks()).hasSize(5);
  }

  @Test
  void paperFormsAreRecordedOnlyByTheOfficeTheDslAndTheHeadAndBadOnesChangeNothing() {
    approved(7, "staff-aup", 1);

    assertThatThrownBy(
            () ->
                agreements.recordPaper(
                    as("staff", Role.STAFF),
                    "staff-aup",
                    new PaperSignature("staff2", null, null, "2026-01-01", null)))
        .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(403));
    assertThatThrownBy(
            () ->
                agreements.recordPaper(
                    as("office", Role.OFFICE),
                    "staff-aup",
                    new PaperSignature(
                        "nobody", null, null, LocalDate.now().plusDays(3).toString(), 9)))
        .isInstanceOfSatisfying(
            BeaconProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(400);
              assertThat(p.fields()).containsOnlyKeys("username", "paperDate", "version");
            });
    assertThat(store.signatures).isEmpty();

    agreements.recordPaper(
        as("office", Role.OFFICE),
        "staff-aup",
        new PaperSignature("staff2", null, null, "2025-09-01", null));
    assertThat(store.signatures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.signerUsername()).isEqualTo("staff2");
              assertThat(s.paperDate()).isEqualTo(LocalDate.of(2025, 9, 1));
            });
    assertThat(store.audit).anyMatch(line -> line.startsWith("denied record-paper"));
  }

  @Test
  void onlyTheDslAndTheHeadReadWhoHasNotSigned() {
    approved(7, "staff-aup", 1);
    for (Caller caller :
        List.of(
            as("staff", Role.STAFF), as("office", Role.OFFICE), as("governor", Role.GOVERNOR))) {
      assertThatThrownBy(() -> agreements.notSigned(caller, "staff-aup"))
          .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(403));
    }
  }
}
