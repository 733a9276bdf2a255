package org.beacon.records.domain;

import java.util.List;
import java.util.Optional;

/** Device searches and declared connections: what staff declare or ask about a pupil. */
public interface DeclarationRepository {

  DeviceSearch add(DeviceSearch search);

  Optional<DeviceSearch> search(long id);

  /** Every device search, newest first. */
  List<DeviceSearch> searches();

  DeclaredConnection add(DeclaredConnection connection);

  Optional<DeclaredConnection> connection(long id);

  /** Every declared connection, newest first. */
  List<DeclaredConnection> connections();
}
