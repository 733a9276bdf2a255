package org.beacon.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  private static final String LONG_PATH =
      "POST /engine-rest/process-definition/PlatformSampleProcess%3A1%3A1ba9027d-e710-11f1-a87f-02fc00000001/start";

  @Test
  void aResourceIdLongerThanItsColumnIsCutShortAndKeptWholeInTheDetail() {
    AuditEvent event =
        new AuditEvent(
            Instant.EPOCH,
            "admin",
            "engine-rest",
            "engine",
            LONG_PATH,
            AuditEvent.Outcome.ALLOWED,
            null);

    assertThat(event.resourceId()).hasSize(AuditEvent.RESOURCE_ID_LENGTH).endsWith("…");
    assertThat(LONG_PATH)
        .startsWith(event.resourceId().substring(0, AuditEvent.RESOURCE_ID_LENGTH - 1));
    assertThat(event.detail()).isEqualTo("resource: " + LONG_PATH);
  }

  @Test
  void aShortResourceIdAndItsDetailStayAsGiven() {
    AuditEvent event =
        new AuditEvent(
            Instant.EPOCH,
            "dsl",
            "read",
            "incident",
            "INC-2026-0001",
            AuditEvent.Outcome.DENIED,
            "not on the case");

    assertThat(event.resourceId()).isEqualTo("INC-2026-0001");
    assertThat(event.detail()).isEqualTo("not on the case");
  }

  @Test
  void theDetailNeverOutgrowsItsColumn() {
    AuditEvent event =
        new AuditEvent(
            Instant.EPOCH,
            "dsl",
            "read",
            "incident",
            LONG_PATH,
            AuditEvent.Outcome.ALLOWED,
            "x".repeat(5000));

    assertThat(event.detail())
        .hasSize(AuditEvent.DETAIL_LENGTH)
        .startsWith("resource: " + LONG_PATH + "; xxx");
  }
}
