package org.beacon.governance.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beacon.governance.domain.policy.Policy;
import org.beacon.governance.domain.policy.PolicyRepository;

/** The policy register in the shared database, tables {@code gov_policy*}. */
@ApplicationScoped
public class JpaPolicyRepository implements PolicyRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public Policy add(Policy policy) {
    em.persist(policy);
    return policy;
  }

  @Override
  public Optional<Policy> find(long id) {
    return Optional.ofNullable(em.find(Policy.class, id));
  }

  @Override
  public List<Policy> all() {
    return em.createQuery("select p from Policy p order by lower(p.title), p.id", Policy.class)
        .getResultList();
  }

  @Override
  public Optional<String> submitter(long policyId, int versionNumber) {
    return em.createQuery(
            "select v.submittedBy from PolicyVersion v where v.policy.id = :policy and v.number = :number",
            String.class)
        .setParameter("policy", policyId)
        .setParameter("number", versionNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(Policy policy) {
    // persist on a managed policy cascades to the versions, content and reviews added to it.
    em.persist(policy);
    em.flush();
  }
}
