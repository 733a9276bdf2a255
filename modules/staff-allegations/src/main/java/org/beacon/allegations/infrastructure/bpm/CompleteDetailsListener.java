package org.beacon.allegations.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.application.AllegationAccess;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.allegations.domain.InvolvedChild;
import org.beacon.allegations.domain.StaffRole;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The DSL completed an allegation the incident flow raised: what is alleged, the children, the
 * accused's post. Whether the accused is the head decides who manages the case from here on.
 */
@Dependent
@Named("allegationsCompleteDetailsListener")
public class CompleteDetailsListener implements TaskListener {

  static final String ACCUSED_ROLE = "accusedRole";
  static final String WHAT_HAPPENED = "whatHappened";
  static final String CHILDREN = "children";

  private final AllegationRepository allegations;
  private final AuditLog audit;

  @Inject
  public CompleteDetailsListener(AllegationRepository allegations, AuditLog audit) {
    this.allegations = allegations;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    String roleId = ProcessVariables.text(task, ACCUSED_ROLE);
    StaffRole role =
        StaffRole.fromId(roleId == null ? "" : roleId)
            .orElseThrow(
                () ->
                    BeaconProblem.invalid(
                        "Unknown role", Map.of(ACCUSED_ROLE, "is not a known role")));
    boolean accusedIsHead = ProcessVariables.flag(task, AllegationProcess.ACCUSED_IS_HEAD);
    Allegation allegation = AllegationVariables.allegation(allegations, task);
    allegation.completeDetails(
        accusedIsHead,
        role,
        ProcessVariables.text(task, WHAT_HAPPENED),
        children(ProcessVariables.text(task, CHILDREN)),
        ProcessVariables.flag(task, AllegationProcess.IMMEDIATE_DANGER));
    allegation.recordChildAbuseImages(
        ProcessVariables.flag(task, AllegationProcess.CHILD_ABUSE_IMAGES));
    task.setVariable(
        AllegationProcess.CASE_MANAGER_GROUP, AllegationAccess.caseManager(accusedIsHead).id());
    task.setVariable(AllegationProcess.ACCUSED_IS_TEACHER, allegation.accused().teacher());
    audit.allowed("update", "allegation", allegation.reference(), "details completed");
  }

  /** Pupil references, comma separated. */
  static List<InvolvedChild> children(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .distinct()
        .map(ref -> new InvolvedChild(ref, null))
        .toList();
  }
}
