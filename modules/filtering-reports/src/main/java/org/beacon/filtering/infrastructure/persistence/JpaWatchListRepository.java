package org.beacon.filtering.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.beacon.filtering.domain.WatchEntry;
import org.beacon.filtering.domain.WatchListRepository;

/** The watch list in the shared database, table {@code flt_watch_entry}. */
@ApplicationScoped
public class JpaWatchListRepository implements WatchListRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public List<WatchEntry> all() {
    return em.createQuery(
            "select w from WatchEntry w order by w.kind desc, w.value", WatchEntry.class)
        .getResultList();
  }

  @Override
  public void add(WatchEntry entry) {
    em.persist(entry);
  }

  @Override
  public void remove(WatchEntry entry) {
    em.remove(em.contains(entry) ? entry : em.merge(entry));
    em.flush();
  }
}
