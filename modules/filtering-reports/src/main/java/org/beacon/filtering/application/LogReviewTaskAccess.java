package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beacon.filtering.api.FilteringLogReviewProcess;
import org.beacon.filtering.domain.LogImportRepository;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.TaskAccessRule;

/** A DSL whose own web use was flagged never sees the task reviewing it. */
@ApplicationScoped
public class LogReviewTaskAccess implements TaskAccessRule {

  @Inject LogImportRepository imports;
  @Inject FilteringAccess access;

  @Override
  public boolean excludes(Caller caller, String processDefinitionKey, String businessKey) {
    return FilteringLogReviewProcess.KEY.equals(processDefinitionKey)
        && businessKey != null
        && imports
            .findReviewByReference(businessKey)
            .map(review -> access.isReviewed(caller, review))
            .orElse(false);
  }
}
