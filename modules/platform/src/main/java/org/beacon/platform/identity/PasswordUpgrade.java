package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Writes a user's password hash again at the current strength, at a sign-in that just proved the
 * password: the only moment the password is at hand. Only if the stored hash is still the one that
 * was verified, so a password changed meanwhile is never overwritten.
 */
@ApplicationScoped
public class PasswordUpgrade {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  /**
   * @return whether the hash was replaced
   */
  @Transactional
  public boolean replace(String username, String verifiedHash, String newHash) {
    return em.createQuery(
                "update BeaconUser u set u.passwordHash = :newHash"
                    + " where u.username = :username and u.passwordHash = :verifiedHash")
            .setParameter("newHash", newHash)
            .setParameter("username", username)
            .setParameter("verifiedHash", verifiedHash)
            .executeUpdate()
        == 1;
  }
}
