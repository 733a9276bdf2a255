package org.beacon.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.beacon.platform.api.BeaconModule;
import org.junit.jupiter.api.Test;

class GovernorReportingModuleTest {

  @Test
  void registersItselfWithThePlatformUnderItsOwnName() {
    assertThat(ServiceLoader.load(BeaconModule.class).stream().map(ServiceLoader.Provider::get))
        .filteredOn(module -> module instanceof GovernorReportingModule)
        .singleElement()
        .satisfies(
            module -> {
              assertThat(module.name()).isEqualTo("governance");
              assertThat(module.migrationLocation()).isEqualTo("classpath:db/migration/governance");
              assertThat(module.apiClasses())
                  .extracting(Class::getSimpleName)
                  .containsExactlyInAnyOrder(
                      "ReportResource", "StatisticsResource", "PolicyResource");
            });
  }
}
