package org.beacon.governance.domain.policy;

import java.util.List;
import java.util.Optional;

/** Where the policy register is kept. */
public interface PolicyRepository {

  /** Stores a new policy and gives it its id. */
  Policy add(Policy policy);

  Optional<Policy> find(long id);

  /** Every policy, by title. */
  List<Policy> all();

  /** Who submitted a version, if it exists. */
  Optional<String> submitter(long policyId, int versionNumber);

  /**
   * Writes a policy's new versions, their content and new reviews now, so that they have their ids.
   */
  void store(Policy policy);
}
