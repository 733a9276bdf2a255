package org.beacon.governance.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyTest {

  private static final Instant NOW = Instant.parse("2026-06-10T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

  @Test
  void anApprovedVersionIsInForceAndTheOneBeforeIsKeptAsSuperseded() {
    Policy policy =
        new Policy(PolicyKind.E_SAFETY, "E-safety policy", ReviewCycle.ANNUAL, "dsl", NOW);
    PolicyVersion first = policy.submit(text("Version one"), "dsl", NOW);
    policy.approve(first, "governor", NOW, null, TODAY);
    PolicyVersion second = policy.submit(text("Version two"), "dsl", NOW);

    assertThat(policy.current()).contains(first);
    policy.approve(second, "governor", NOW, "Approved at the summer meeting", TODAY);

    assertThat(policy.current()).contains(second);
    assertThat(policy.versions())
        .extracting(PolicyVersion::number, PolicyVersion::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, VersionStatus.SUPERSEDED),
            org.assertj.core.groups.Tuple.tuple(2, VersionStatus.APPROVED));
    assertThat(first.content().text()).isEqualTo("Version one");
    assertThat(second.decidedBy()).isEqualTo("governor");
    assertThat(policy.nextReviewDue()).isEqualTo(LocalDate.of(2027, 6, 10));
  }

  @Test
  void oneVersionWaitsForTheGoverningBodyAtATime() {
    Policy policy =
        new Policy(PolicyKind.STAFF_AUP, "Staff AUP", ReviewCycle.TWO_YEARS, "dsl", NOW);
    PolicyVersion first = policy.submit(text("One"), "dsl", NOW);

    assertThatThrownBy(() -> policy.submit(text("Two"), "head", NOW))
        .isInstanceOf(PolicyStateException.class);

    policy.reject(first, "governor", NOW, "Not yet");
    PolicyVersion second = policy.submit(text("Two"), "head", NOW);
    assertThat(second.number()).isEqualTo(2);
    assertThat(policy.current()).isEmpty();
    assertThatThrownBy(() -> policy.approve(first, "governor", NOW, null, TODAY))
        .isInstanceOf(PolicyStateException.class);
  }

  @Test
  void reviewCyclesSetTheNextReview() {
    assertThat(ReviewCycle.ANNUAL.nextReview(TODAY, null)).isEqualTo(LocalDate.of(2027, 6, 10));
    assertThat(ReviewCycle.TWO_YEARS.nextReview(TODAY, null)).isEqualTo(LocalDate.of(2028, 6, 10));
    assertThat(ReviewCycle.FIXED_DATE.nextReview(TODAY, LocalDate.of(2026, 6, 17)))
        .isEqualTo(LocalDate.of(2026, 6, 17));
    assertThat(ReviewCycle.FIXED_DATE.nextReview(TODAY, null)).isEqualTo(LocalDate.of(2027, 6, 10));
    assertThat(ReviewCycle.TWO_YEARS.nextReview(TODAY, LocalDate.of(2027, 1, 1)))
        .as("an early review")
        .isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void aFixedDatePolicyNeedsTheDateWithEachVersion() {
    Policy policy =
        new Policy(PolicyKind.MOBILE_PHONES, "Mobile phones", ReviewCycle.FIXED_DATE, "dsl", NOW);

    assertThatThrownBy(() -> policy.submit(text("Phones"), "dsl", NOW))
        .isInstanceOf(PolicyStateException.class);

    PolicyVersion version =
        policy.submit(
            new NewVersion(
                "C.Lawson", TODAY, "First", LocalDate.of(2026, 6, 17), "Phones", null, null, null),
            "dsl",
            NOW);
    policy.approve(version, "governor", NOW, null, TODAY);
    assertThat(policy.nextReviewDue()).isEqualTo(LocalDate.of(2026, 6, 17));
  }

  @Test
  void anUnchangedReviewApprovedByTheGovernorsMovesTheNextReviewOn() {
    Policy policy =
        new Policy(PolicyKind.SOCIAL_MEDIA, "Social media", ReviewCycle.ANNUAL, "dsl", NOW);
    policy.approve(policy.submit(text("Social"), "dsl", NOW), "governor", NOW, null, TODAY);
    policy.reviewOpened(NOW);

    PolicyReview review =
        policy.review(PolicyReview.Outcome.UNCHANGED, "Still right", null, "dsl", NOW);
    policy.approveReview(review, "governor", NOW, null, LocalDate.of(2027, 6, 1));

    assertThat(policy.lastReviewedOn()).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(policy.nextReviewDue()).isEqualTo(LocalDate.of(2028, 6, 1));
    assertThat(policy.reviewOpenedAt()).isNull();
    assertThat(review.decision()).isEqualTo(PolicyReview.Decision.APPROVED);
    assertThatThrownBy(() -> policy.returnReview(review, "governor", NOW, "again"))
        .isInstanceOf(PolicyStateException.class);
  }

  @Test
  void aFileVersionKeepsItsBytesTypeAndSize() {
    Policy policy = new Policy(PolicyKind.PARENT_AUP, "Parent AUP", ReviewCycle.ANNUAL, "dsl", NOW);
    byte[] pdf = "%PDF-1.4 parent agreement".getBytes(StandardCharsets.US_ASCII);

    PolicyVersion version =
        policy.submit(
            new NewVersion(
                "C.Lawson", TODAY, "Scanned", null, null, "parent-aup.pdf", "application/pdf", pdf),
            "head",
            NOW);

    assertThat(version.contentKind()).isEqualTo(PolicyVersion.ContentKind.FILE);
    assertThat(version.sizeBytes()).isEqualTo(pdf.length);
    assertThat(version.content().fileBytes()).isEqualTo(pdf);
    assertThatThrownBy(() -> new NewVersion("a", TODAY, "b", null, "text", "f", "text/plain", pdf))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static NewVersion text(String text) {
    return new NewVersion("C.Lawson", TODAY, "Change", null, text, null, null, null);
  }
}
