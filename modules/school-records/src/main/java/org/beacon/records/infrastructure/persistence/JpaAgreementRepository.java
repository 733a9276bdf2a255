package org.beacon.records.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beacon.records.domain.AgreementRepository;
import org.beacon.records.domain.AgreementType;
import org.beacon.records.domain.Signature;

/** Agreement types and signatures, tables {@code rec_agreement_type} and {@code rec_signature}. */
@ApplicationScoped
public class JpaAgreementRepository implements AgreementRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public List<AgreementType> types() {
    return em.createQuery("select t from AgreementType t order by t.id", AgreementType.class)
        .getResultList();
  }

  @Override
  public Optional<AgreementType> type(String code) {
    return em.createQuery("select t from AgreementType t where t.code = :code", AgreementType.class)
        .setParameter("code", code == null ? "" : code.trim())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Signature add(Signature signature) {
    em.persist(signature);
    return signature;
  }

  @Override
  public List<Signature> signaturesOf(String username) {
    return em.createQuery(
            "select s from Signature s where s.signerUsername = :u order by s.signedAt desc, s.id desc",
            Signature.class)
        .setParameter("u", username)
        .getResultList();
  }

  @Override
  public Set<String> signedBy(String agreementCode, int version, Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select distinct s.signerUsername from Signature s where s.agreementCode = :c and s.version = :v"
                    + " and s.signerUsername in :users",
                String.class)
            .setParameter("c", agreementCode)
            .setParameter("v", version)
            .setParameter("users", usernames)
            .getResultList());
  }

  @Override
  public Set<String> pupilsSignedFor(String agreementCode, int version) {
    return new HashSet<>(
        em.createQuery(
                "select distinct s.pupilReference from Signature s where s.agreementCode = :c and s.version = :v"
                    + " and s.pupilReference is not null",
                String.class)
            .setParameter("c", agreementCode)
            .setParameter("v", version)
            .getResultList());
  }
}
