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
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Finds the case a step of a filtering flow works on; other variables: {@link ProcessVariables}.
 */
@ApplicationScoped
class FilteringVariables {

  @Inject FilteringReportRepository reports;
  @Inject FilteringChangeRequestRepository changes;
  @Inject FilteringReviewRepository reviews;
  @Inject LogImportRepository imports;

  FilteringReport report(VariableScope scope) {
    long id = ProcessVariables.id(scope, FilteringReportProcess.REPORT_ID);
    return reports
        .find(id)
        .orElseThrow(() -> new IllegalStateException("Filtering report " + id + " does not exist"));
  }

  FilteringChangeRequest changeRequest(VariableScope scope) {
    long id = ProcessVariables.id(scope, FilteringChangeRequestProcess.CHANGE_REQUEST_ID);
    return changes
        .find(id)
        .orElseThrow(() -> new IllegalStateException("Change request " + id + " does not exist"));
  }

  FilteringReview review(VariableScope scope) {
    long id = ProcessVariables.id(scope, FilteringReviewProcess.REVIEW_ID);
    return reviews
        .find(id)
        .orElseThrow(() -> new IllegalStateException("Filtering review " + id + " does not exist"));
  }

  LogReview logReview(VariableScope scope) {
    long id = ProcessVariables.id(scope, FilteringLogReviewProcess.LOG_REVIEW_ID);
    return imports
        .findReview(id)
        .orElseThrow(() -> new IllegalStateException("Log review " + id + " does not exist"));
  }
}
