package org.beacon.platform.api;

import java.util.Set;

/**
 * What a module contributes to the running application: its schema migrations and its JAX-RS
 * resources. Each module registers one implementation in {@code
 * META-INF/services/org.beacon.platform.api.BeaconModule}; the platform finds them at start-up, so
 * the platform never names a business module.
 */
public interface BeaconModule {

  /** Short lower-case name, e.g. {@code incidents}; also the folder of its migrations. */
  String name();

  /** JAX-RS resources and providers mounted under {@code /api}. */
  default Set<Class<?>> apiClasses() {
    return Set.of();
  }

  /** Classpath folder of the module's Flyway migrations; each module keeps its own history. */
  default String migrationLocation() {
    return "classpath:db/migration/" + name();
  }
}
