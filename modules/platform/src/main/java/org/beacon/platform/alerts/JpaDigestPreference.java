package org.beacon.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** {@link DigestPreference} in {@code pf_user.alert_digest}. */
@ApplicationScoped
public class JpaDigestPreference implements DigestPreference {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  @Transactional
  public boolean wantsDigest(String username) {
    List<?> rows =
        em.createNativeQuery("select alert_digest from pf_user where username = ?1")
            .setParameter(1, username)
            .getResultList();
    return rows.isEmpty() || !(rows.get(0) instanceof Boolean on) || on;
  }

  @Override
  @Transactional
  public boolean set(String username, boolean on) {
    return em.createNativeQuery("update pf_user set alert_digest = ?1 where username = ?2")
            .setParameter(1, on)
            .setParameter(2, username)
            .executeUpdate()
        == 1;
  }
}
