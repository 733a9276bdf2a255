package org.beacon.allegations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.beacon.platform.api.BeaconModule;
import org.junit.jupiter.api.Test;

class StaffAllegationsModuleTest {

  @Test
  void registersItselfWithThePlatformUnderItsOwnName() {
    assertThat(ServiceLoader.load(BeaconModule.class).stream().map(ServiceLoader.Provider::get))
        .filteredOn(module -> module instanceof StaffAllegationsModule)
        .singleElement()
        .satisfies(
            module -> {
              assertThat(module.name()).isEqualTo("allegations");
              assertThat(module.migrationLocation())
                  .isEqualTo("classpath:db/migration/allegations");
            });
  }
}
