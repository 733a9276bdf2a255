package org.beacon.records.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beacon.records.domain.DeclarationRepository;
import org.beacon.records.domain.DeclaredConnection;
import org.beacon.records.domain.DeviceSearch;

/**
 * Device searches and declared connections, tables {@code rec_device_search}, {@code
 * rec_connection}.
 */
@ApplicationScoped
public class JpaDeclarationRepository implements DeclarationRepository {

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Override
  public DeviceSearch add(DeviceSearch search) {
    em.persist(search);
    return search;
  }

  @Override
  public Optional<DeviceSearch> search(long id) {
    return Optional.ofNullable(em.find(DeviceSearch.class, id));
  }

  @Override
  public List<DeviceSearch> searches() {
    return em.createQuery(
            "select s from DeviceSearch s order by s.requestedAt desc, s.id desc",
            DeviceSearch.class)
        .getResultList();
  }

  @Override
  public DeclaredConnection add(DeclaredConnection connection) {
    em.persist(connection);
    return connection;
  }

  @Override
  public Optional<DeclaredConnection> connection(long id) {
    return Optional.ofNullable(em.find(DeclaredConnection.class, id));
  }

  @Override
  public List<DeclaredConnection> connections() {
    return em.createQuery(
            "select c from DeclaredConnection c order by c.declaredAt desc, c.id desc",
            DeclaredConnection.class)
        .getResultList();
  }
}
