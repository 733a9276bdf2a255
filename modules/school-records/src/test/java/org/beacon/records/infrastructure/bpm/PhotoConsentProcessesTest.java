package org.beacon.records.infrastructure.bpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Role;
import org.beacon.platform.api.SchoolTime;
import org.beacon.records.InMemory;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.application.PhotoConsents;
import org.beacon.records.application.PhotoConsents.ConsentForm;
import org.beacon.records.application.Wiring;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The yearly renewal of photo consent and the daily check for leavers whose images must go. */
@Deployment(
    resources = {
      "bpmn/school-records/PhotoConsentRenewalProcess.bpmn",
      "bpmn/school-records/LeaverImagesProcess.bpmn"
    })
class PhotoConsentProcessesTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private InMemory store;
  private PhotoConsents consents;

  @BeforeEach
  void wireSteps() {
    at(LocalDate.of(2026, 7, 20), 9);
    init(engine.getProcessEngine());
    store = new InMemory();
    Steps.register(store, engine.getProcessEngine());
    consents = Wiring.photoConsents(store);
  }

  @AfterEach
  void forgetSteps() {
    ClockUtil.reset();
    Mocks.reset();
    reset();
  }

  private static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(
        Date.from(ZonedDateTime.of(day.atTime(hour, 0), SchoolTime.ZONE).toInstant()));
  }

  private static Job startTimer(String processKey) {
    return managementService()
        .createJobQuery()
        .processDefinitionKey(processKey)
        .timers()
        .singleResult();
  }

  @Test
  void everyFirstOfSeptemberTheOfficeIsAskedToRenewConsent() {
    Job yearly = startTimer(RecordsProcesses.PHOTO_CONSENT_RENEWAL_KEY);
    assertThat(yearly.getDuedate()).isNotNull();
    assertThat(yearly.getDuedate().getMonth()).as("September").isEqualTo(8);
    assertThat(yearly.getDuedate().getDate()).isEqualTo(1);
    assertThat(taskService().createTaskQuery().count()).isZero();

    at(LocalDate.of(2026, 9, 1), 9);
    managementService().executeJob(yearly.getId());

    Task renew =
        taskService().createTaskQuery().taskDefinitionKey("Task_RenewPhotoConsents").singleResult();
    assertThat(taskService().getIdentityLinksForTask(renew.getId()))
        .extracting(l -> l.getGroupId())
        .containsExactly("office");
    // The next year's timer waits.
    assertThat(startTimer(RecordsProcesses.PHOTO_CONSENT_RENEWAL_KEY).getDuedate())
        .isAfter(yearly.getDuedate());
  }

  @Test
  void aPupilWhoHasLeftGetsOneDeletionTaskForTheOffice() {
    store.pupil(new Pupil("P-0042", "Year 6", LocalDate.of(2015, 3, 1), LocalDate.of(2026, 7, 22)));
    store.pupil(new Pupil("P-0043", "Year 5", LocalDate.of(2016, 3, 1), null));
    Caller office = new Caller("office", Set.of(Role.OFFICE));
    Map<String, Boolean> allYes =
        Map.of(
            "prospectus", true, "website", true, "video", true, "media", true, "newsletter", true);
    consents.record(office, new ConsentForm("P-0042", allYes, "Mrs Parent", "2025-09-05"));
    consents.record(office, new ConsentForm("P-0043", allYes, "Mr Parent", "2025-09-05"));

    // Still on roll: nothing to delete.
    managementService().executeJob(startTimer(RecordsProcesses.LEAVER_IMAGES_KEY).getId());
    assertThat(taskService().createTaskQuery().count()).isZero();

    at(LocalDate.of(2026, 7, 23), 7);
    managementService().executeJob(startTimer(RecordsProcesses.LEAVER_IMAGES_KEY).getId());
    Task delete =
        taskService().createTaskQuery().taskDefinitionKey("Task_DeleteLeaverImages").singleResult();
    assertThat(delete.getName()).isEqualTo("Delete the images held of P-0042");
    assertThat(taskService().getIdentityLinksForTask(delete.getId()))
        .extracting(l -> l.getGroupId())
        .containsExactly("office");

    // The next morning asks again for nobody.
    at(LocalDate.of(2026, 7, 24), 7);
    managementService().executeJob(startTimer(RecordsProcesses.LEAVER_IMAGES_KEY).getId());
    assertThat(taskService().createTaskQuery().taskDefinitionKey("Task_DeleteLeaverImages").count())
        .isEqualTo(1);

    taskService().complete(delete.getId());
    assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(RecordsProcesses.LEAVER_IMAGES_KEY)
                .count())
        .isZero();
  }
}
