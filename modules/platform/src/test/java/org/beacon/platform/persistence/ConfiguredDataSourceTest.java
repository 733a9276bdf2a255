package org.beacon.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfiguredDataSourceTest {

  @Test
  void postgresqlSessionsRunWithoutJitCompilation() {
    var pg = ConfiguredDataSource.postgres("jdbc:postgresql://127.0.0.1:5432/beacon", "beacon", "");

    assertThat(pg.getOptions()).isEqualTo("-c jit=off");
    assertThat(pg.getConnectTimeout()).isEqualTo(5);
  }

  @Test
  void optionsInTheUrlAreTheSchoolsOwnAndWin() {
    var pg =
        ConfiguredDataSource.postgres(
            "jdbc:postgresql://127.0.0.1:5432/beacon?options=-c%20jit=on", "beacon", "");

    assertThat(pg.getOptions()).isEqualTo("-c jit=on");
  }
}
