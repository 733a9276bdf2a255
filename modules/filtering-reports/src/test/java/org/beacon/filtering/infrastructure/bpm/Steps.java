package org.beacon.filtering.infrastructure.bpm;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import org.beacon.filtering.InMemory;
import org.beacon.filtering.application.FilteringSettings;
import org.beacon.filtering.application.Wiring;
import org.beacon.platform.api.WorkingDays;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Registers the module's real delegates and listeners under their bean names, wired to in-memory
 * repositories, so the process tests run the models with the Java steps they call.
 */
final class Steps {

  private Steps() {}

  /** A calendar of calendar days: the tests do not depend on bank holidays. */
  static final WorkingDays CALENDAR_DAYS =
      new WorkingDays() {
        @Override
        public Date after(Date from, int days) {
          return Date.from(from.toInstant().plus(Duration.ofDays(days)));
        }

        @Override
        public boolean isWorkingDay(LocalDate date) {
          return true;
        }
      };

  static void register(InMemory store, RuntimeService runtimeService, FilteringSettings settings) {
    FilteringVariables variables = new FilteringVariables();
    variables.reports = store.reports;
    variables.changes = store.changes;
    variables.reviews = store.reviews;
    variables.imports = store.imports;

    OpenRequestedReportDelegate openRequested = new OpenRequestedReportDelegate();
    openRequested.reports = store.reports;
    openRequested.audit = store.audit;
    Mocks.register("filteringOpenRequestedReportDelegate", openRequested);

    RecordAssessmentListener assessment = new RecordAssessmentListener();
    assessment.variables = variables;
    Mocks.register("filteringRecordAssessmentListener", assessment);

    RecordExternalReportListener external = new RecordExternalReportListener();
    external.variables = variables;
    Mocks.register("filteringRecordExternalReportListener", external);

    CloseReportDelegate close = new CloseReportDelegate();
    close.variables = variables;
    Mocks.register("filteringCloseReportDelegate", close);

    RecordProposalListener proposal = new RecordProposalListener();
    proposal.requests = store.changes;
    proposal.audit = store.audit;
    Mocks.register("filteringRecordProposalListener", proposal);

    SecondPersonListener secondPerson = new SecondPersonListener();
    secondPerson.variables = variables;
    secondPerson.audit = store.audit;
    Mocks.register("filteringSecondPersonListener", secondPerson);

    RecordChangeAppliedListener applied = new RecordChangeAppliedListener();
    applied.variables = variables;
    Mocks.register("filteringRecordChangeAppliedListener", applied);

    RecordVerificationListener verification = new RecordVerificationListener();
    verification.variables = variables;
    Mocks.register("filteringRecordVerificationListener", verification);

    OpenReviewDelegate openReview = new OpenReviewDelegate();
    openReview.reviews = Wiring.reviews(store, runtimeService);
    openReview.audit = store.audit;
    Mocks.register("filteringOpenReviewDelegate", openReview);

    RecordTechnicalChecklistListener technical = new RecordTechnicalChecklistListener();
    technical.variables = variables;
    Mocks.register("filteringRecordTechnicalChecklistListener", technical);

    RecordDslChecklistListener dsl = new RecordDslChecklistListener();
    dsl.variables = variables;
    Mocks.register("filteringRecordDslChecklistListener", dsl);

    RecordSignOffListener signOff = new RecordSignOffListener();
    signOff.variables = variables;
    Mocks.register("filteringRecordSignOffListener", signOff);

    RecordLogReviewListener logReview = new RecordLogReviewListener();
    logReview.variables = variables;
    Mocks.register("filteringRecordLogReviewListener", logReview);

    Mocks.register("filteringSettings", settings);
    Mocks.register("workingDays", CALENDAR_DAYS);
  }
}
