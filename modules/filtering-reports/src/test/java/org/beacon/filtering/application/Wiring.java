package org.beacon.filtering.application;

import java.util.List;
import org.beacon.filtering.InMemory;
import org.beacon.platform.api.CaseHistory;
import org.camunda.bpm.engine.RuntimeService;

/** Builds the module's use cases over in-memory repositories, as CDI would over JPA. */
public final class Wiring {

  private Wiring() {}

  /** Settings without MicroProfile Config: the defaults, or what a test gives. */
  public static FilteringSettings settings(
      String reviewCycle, int blockedThreshold, int linesPerReview) {
    return new FilteringSettings() {
      @Override
      public String getReviewCycle() {
        return reviewCycle;
      }

      @Override
      public int blockedThreshold() {
        return blockedThreshold;
      }

      @Override
      public int linesPerReview() {
        return linesPerReview;
      }
    };
  }

  public static FilteringReviews reviews(InMemory store, RuntimeService runtimeService) {
    FilteringReviews reviews = new FilteringReviews();
    reviews.reviews = store.reviews;
    reviews.reports = store.reports;
    reviews.changes = store.changes;
    reviews.checks = store.checks;
    reviews.imports = store.imports;
    reviews.access = FilteringAccess.over(store.parties);
    reviews.runtimeService = runtimeService;
    reviews.history = processInstanceId -> List.<CaseHistory.Step>of();
    reviews.audit = store.audit;
    return reviews;
  }

  public static LogImportWork logImportWork(
      InMemory store, RuntimeService runtimeService, FilteringSettings settings) {
    LogImportWork work = new LogImportWork();
    work.imports = store.imports;
    work.watchList = store.watchList;
    work.settings = settings;
    work.runtimeService = runtimeService;
    work.parties = store.parties;
    return work;
  }

  public static LogImports logImports(InMemory store, LogImportWork work) {
    LogImports imports = new LogImports();
    imports.work = work;
    imports.imports = store.imports;
    imports.access = FilteringAccess.over(store.parties);
    imports.audit = store.audit;
    return imports;
  }

  public static FilteringRules rules(InMemory store) {
    FilteringRules rules = new FilteringRules();
    rules.requests = store.changes;
    rules.access = FilteringAccess.over(store.parties);
    rules.audit = store.audit;
    return rules;
  }
}
