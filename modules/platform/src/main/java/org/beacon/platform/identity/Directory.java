package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.beacon.platform.api.Role;
import org.beacon.platform.api.UserDirectory;

/** The people who may sign in, and their roles. */
@ApplicationScoped
public class Directory implements UserDirectory {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Inject PasswordHashing passwords;

  public Optional<BeaconUser> find(String username) {
    return em.createNamedQuery(BeaconUser.BY_USERNAME, BeaconUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean exists(String username) {
    return find(username).filter(BeaconUser::enabled).isPresent();
  }

  public boolean isEmpty() {
    return em.createNamedQuery(BeaconUser.COUNT, Long.class).getSingleResult() == 0L;
  }

  @Transactional
  public BeaconUser create(String username, String displayName, char[] password, Set<Role> roles) {
    BeaconUser user = new BeaconUser(username, displayName, passwords.hash(password), roles);
    em.persist(user);
    return user;
  }
}
