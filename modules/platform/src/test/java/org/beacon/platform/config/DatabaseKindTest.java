package org.beacon.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseKindTest {

  @Test
  void anH2UrlMeansH2WhateverItsCase() {
    assertThat(DatabaseKind.of("jdbc:h2:file:./data/beacon;WRITE_DELAY=0"))
        .isEqualTo(DatabaseKind.H2);
    assertThat(DatabaseKind.of("JDBC:H2:mem:test")).isEqualTo(DatabaseKind.H2);
  }

  @Test
  void aPostgresUrlMeansPostgresql() {
    assertThat(DatabaseKind.of("jdbc:postgresql://db:5432/beacon?sslmode=require"))
        .isEqualTo(DatabaseKind.POSTGRESQL);
  }

  @Test
  void anUnsupportedUrlIsRefusedWithoutTheCredentialsAfterAQuestionMark() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DatabaseKind.of("jdbc:mysql://db:3306/beacon?user=root&password=s3cret"))
        .withMessage(
            "Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): jdbc:mysql://db:3306/beacon")
        .withMessageNotContaining("s3cret");
  }

  @Test
  void anUnsupportedUrlIsRefusedWithoutTheCredentialsAfterASemicolon() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DatabaseKind.of("jdbc:sqlserver://db:1433;user=sa;password=s3cret"))
        .withMessageEndingWith(": jdbc:sqlserver://db:1433")
        .withMessageNotContaining("s3cret");
  }

  @Test
  void anUnsupportedUrlIsRefusedWithoutCredentialsInTheAddress() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DatabaseKind.of("jdbc:mysql://root:s3cret@db:3306/beacon"))
        .withMessageEndingWith(": jdbc:mysql://db:3306/beacon")
        .withMessageNotContaining("s3cret");
  }

  @Test
  void theEmbeddedDatabaseLivesInTheDataDirectoryAndWritesEveryCommitThrough() {
    String url = DatabaseKind.h2FileUrl(Path.of("/var/beacon"));

    assertThat(url)
        .startsWith("jdbc:h2:file:" + Path.of("/var/beacon").resolve("beacon") + ";")
        .contains(";WRITE_DELAY=0");
    assertThat(DatabaseKind.of(url)).isEqualTo(DatabaseKind.H2);
  }
}
