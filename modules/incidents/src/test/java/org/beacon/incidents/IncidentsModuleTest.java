package org.beacon.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.beacon.platform.api.BeaconModule;
import org.junit.jupiter.api.Test;

class IncidentsModuleTest {

  @Test
  void registersItselfWithThePlatformUnderItsOwnName() {
    assertThat(ServiceLoader.load(BeaconModule.class).stream().map(ServiceLoader.Provider::get))
        .filteredOn(module -> module instanceof IncidentsModule)
        .singleElement()
        .satisfies(
            module -> {
              assertThat(module.name()).isEqualTo("incidents");
              assertThat(module.migrationLocation()).isEqualTo("classpath:db/migration/incidents");
            });
  }
}
