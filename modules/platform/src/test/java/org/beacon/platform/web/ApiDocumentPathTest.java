package org.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiDocumentPathTest {

  @Test
  void aTemplatePatternIsLeftOutOfTheDocumentsPath() {
    assertThat(ApiDocument.withoutPattern("/api/records/photo-consent/{id: [0-9]+}/withdrawal"))
        .isEqualTo("/api/records/photo-consent/{id}/withdrawal");
    assertThat(ApiDocument.withoutPattern("/api/incidents/{reference}"))
        .isEqualTo("/api/incidents/{reference}");
  }
}
