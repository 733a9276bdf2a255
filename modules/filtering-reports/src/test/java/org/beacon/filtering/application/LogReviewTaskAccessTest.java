package org.beacon.filtering.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.beacon.filtering.InMemory;
import org.beacon.filtering.api.FilteringLogReviewProcess;
import org.beacon.filtering.domain.LogReview;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.Role;
import org.junit.jupiter.api.Test;

class LogReviewTaskAccessTest {

  private final InMemory store = new InMemory();
  private final LogReviewTaskAccess rule = new LogReviewTaskAccess();

  @Test
  void aDslWhoseOwnWebUseWasFlaggedNeverSeesItsReviewTask() {
    rule.imports = store.imports;
    rule.access = FilteringAccess.over(store.parties);
    LogReview review =
        store.imports.addReview(
            new LogReview("school\\dana", LocalDate.of(2026, 3, 3), Instant.now(), 1L));
    Caller dana = new Caller("Dana", Set.of(Role.DSL));
    Caller devi = new Caller("devi", Set.of(Role.DSL));

    assertThat(rule.excludes(dana, FilteringLogReviewProcess.KEY, review.reference())).isTrue();
    assertThat(rule.excludes(devi, FilteringLogReviewProcess.KEY, review.reference())).isFalse();
    assertThat(rule.excludes(dana, "IncidentResponseProcess", review.reference())).isFalse();
    assertThat(rule.excludes(dana, FilteringLogReviewProcess.KEY, null)).isFalse();
  }

  @Test
  void theDslNamedByTheLogsNetworkAccountNeverSeesTheReviewWhateverTheUsername() {
    rule.imports = store.imports;
    rule.access = FilteringAccess.over(store.parties);
    LogReview review =
        store.imports.addReview(
            new LogReview("DEMO\\dlead", LocalDate.of(2026, 3, 4), Instant.now(), 1L));
    store.parties.name(
        FilteringLogReviewProcess.KEY,
        review.reference(),
        CaseParties.Part.SUBJECT,
        review.userName());

    assertThat(
            rule.excludes(
                new Caller("dsl", Set.of(Role.DSL)),
                FilteringLogReviewProcess.KEY,
                review.reference()))
        .isTrue();
    assertThat(
            rule.excludes(
                new Caller("dsl2", Set.of(Role.DSL)),
                FilteringLogReviewProcess.KEY,
                review.reference()))
        .isFalse();
  }

  @Test
  void logUserNamesMatchAccountsWithoutCaseOrDomain() {
    assertThat(FilteringAccess.sameUser("SCHOOL\\JSmith", "jsmith")).isTrue();
    assertThat(FilteringAccess.sameUser("jsmith@school.example", "JSMITH")).isTrue();
    assertThat(FilteringAccess.sameUser("jsmith2", "jsmith")).isFalse();
    assertThat(FilteringAccess.sameUser("10.0.0.5", "jsmith")).isFalse();
  }
}
