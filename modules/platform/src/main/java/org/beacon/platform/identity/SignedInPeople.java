package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people signed in with a browser session, kept between requests: a request reads one number
 * ({@code pf_directory_stamp}, a one-row primary-key read) instead of the person and their roles.
 *
 * <p>Every change to a person adds one to that number in the transaction of the change ({@link
 * DirectoryStamp}), on whichever node made it; a person kept here is used only while the number is
 * the one read before they were loaded. So a person disabled, or given other roles, is refused or
 * sees the new roles from their next request on every node, as when the person was read on every
 * request. Sessions signed out on another node are {@link SignOuts}' (checked before this).
 */
@ApplicationScoped
public class SignedInPeople {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Inject Directory directory;

  /** A person as loaded, and the stamp read before loading them. */
  private record Kept(long stamp, BeaconUser user) {}

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  /** The enabled person with this username, as the directory has them now. */
  public Optional<BeaconUser> find(String username) {
    long stamp = stamp();
    Kept known = kept.get(username);
    if (known != null && known.stamp() == stamp) {
      return Optional.of(known.user());
    }
    Optional<BeaconUser> user = directory.find(username).filter(BeaconUser::enabled);
    if (user.isPresent()) {
      if (known != null && known.stamp() < stamp) {
        // The directory changed: whoever else is kept from before will be read again anyway.
        kept.values().removeIf(k -> k.stamp() < stamp);
      }
      kept.put(username, new Kept(stamp, user.get()));
    } else {
      kept.remove(username);
    }
    return user;
  }

  private long stamp() {
    return ((Number) em.createNativeQuery(DirectoryStamp.READ).getSingleResult()).longValue();
  }
}
