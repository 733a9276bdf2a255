package org.beacon.filtering.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beacon.filtering.api.FilteringChangeRequestProcess;
import org.beacon.filtering.api.FilteringLogReviewProcess;
import org.beacon.filtering.api.FilteringReportProcess;
import org.beacon.filtering.api.FilteringReviewProcess;
import org.beacon.filtering.domain.FilteringChangeRequest;
import org.beacon.filtering.domain.FilteringChangeRequestRepository;
import org.beacon.filtering.domain.FilteringReport;
import org.beacon.filtering.domain.FilteringReportRepository;
import org.beacon.filtering.domain.FilteringReview;
import org.beacon.filtering.domain.FilteringReviewRepository;
import org.beacon.filtering.domain.LogImportRepository;
import org.beacon.filtering.domain.LogReview;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Finds the case a step of a filtering flow works on, and reads the flow's variables. */
@ApplicationScoped
class FilteringVariables {

  @Inject FilteringReportRepository reports;
  @Inject FilteringChangeRequestRepository changes;
  @Inject FilteringReviewRepository reviews;
  @Inject LogImportRepository imports;

  FilteringReport report(VariableScope scope) {
    long id = id(scope, FilteringReportProcess.REPORT_ID);
    return reports.find(id).orElseThrow(() -> new IllegalStateException("Filtering report " + id + " does not exist"));
  }

  FilteringChangeRequest changeRequest(VariableScope scope) {
    long id = id(scope, FilteringChangeRequestProcess.CHANGE_REQUEST_ID);
    return changes.find(id).orElseThrow(() -> new IllegalStateException("Change request " + id + " does not exist"));
  }

  FilteringReview review(VariableScope scope) {
    long id = id(scope, FilteringReviewProcess.REVIEW_ID);
    return reviews.find(id).orElseThrow(() -> new IllegalStateException("Filtering review " + id + " does not exist"));
  }

  LogReview logReview(VariableScope scope) {
    long id = id(scope, FilteringLogReviewProcess.LOG_REVIEW_ID);
    return imports.findReview(id).orElseThrow(() -> new IllegalStateException("Log review " + id + " does not exist"));
  }

  private static long id(VariableScope scope, String name) {
    Object id = scope.getVariable(name);
    if (!(id instanceof Number number)) {
      throw new IllegalStateException("The process has no " + name + " variable");
    }
    return number.longValue();
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  static boolean flag(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  /** Who is completing the task: its assignee, else the user the engine call runs as; null if unknown. */
  static String actor(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
