package org.beacon.governance.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beacon.governance.domain.policy.Policy;
import org.beacon.governance.domain.policy.PolicyRepository;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.junit.jupiter.api.Test;

class GovernanceTaskAccessTest {

  private final GovernanceTaskAccess rule = new GovernanceTaskAccess();

  GovernanceTaskAccessTest() {
    rule.policies = new Submitters();
  }

  @Test
  void whoeverSubmittedAVersionNeverSeesItsApprovalTaskEvenAsAGovernor() {
    Caller author = new Caller("dsl", Set.of(Role.DSL, Role.GOVERNOR));
    Caller governor = new Caller("governor", Set.of(Role.GOVERNOR));

    assertThat(rule.excludes(author, "PolicyApprovalProcess", "POLICY-3-V2")).isTrue();
    assertThat(rule.excludes(governor, "PolicyApprovalProcess", "POLICY-3-V2")).isFalse();
  }

  @Test
  void otherProcessesAndOtherKeysAreNotItsBusiness() {
    Caller author = new Caller("dsl", Set.of(Role.DSL));

    assertThat(rule.excludes(author, "PolicyReviewProcess", "POLICY-3")).isFalse();
    assertThat(rule.excludes(author, "IncidentResponseProcess", "POLICY-3-V2")).isFalse();
    assertThat(rule.excludes(author, "PolicyApprovalProcess", null)).isFalse();
    assertThat(rule.excludes(author, "PolicyApprovalProcess", "POLICY-3-V9")).isFalse();
    assertThat(rule.excludes(author, "PolicyApprovalProcess", "not a key")).isFalse();
  }

  /** Version 2 of policy 3 was submitted by dsl. */
  private static final class Submitters implements PolicyRepository {
    @Override
    public Optional<String> submitter(long policyId, int versionNumber) {
      return policyId == 3 && versionNumber == 2 ? Optional.of("dsl") : Optional.empty();
    }

    @Override
    public Policy add(Policy policy) {
      throw new AssertionError(
          "not part of this test: the task rule only asks who submitted a version");
    }

    @Override
    public Optional<Policy> find(long id) {
      throw new AssertionError(
          "not part of this test: the task rule only asks who submitted a version");
    }

    @Override
    public List<Policy> all() {
      throw new AssertionError(
          "not part of this test: the task rule only asks who submitted a version");
    }

    @Override
    public void store(Policy policy) {}
  }
}
