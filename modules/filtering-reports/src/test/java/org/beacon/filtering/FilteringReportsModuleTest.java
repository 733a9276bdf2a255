package org.beacon.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.beacon.platform.api.BeaconModule;
import org.junit.jupiter.api.Test;

class FilteringReportsModuleTest {

  @Test
  void registersItselfWithThePlatformUnderItsOwnName() {
    assertThat(ServiceLoader.load(BeaconModule.class).stream().map(ServiceLoader.Provider::get))
        .filteredOn(module -> module instanceof FilteringReportsModule)
        .singleElement()
        .satisfies(
            module -> {
              assertThat(module.name()).isEqualTo("filtering");
              assertThat(module.migrationLocation()).isEqualTo("classpath:db/migration/filtering");
            });
  }
}
