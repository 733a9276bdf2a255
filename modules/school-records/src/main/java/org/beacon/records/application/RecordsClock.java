package org.beacon.records.application;

import java.time.Instant;
import java.time.LocalDate;
import org.beacon.platform.api.SchoolTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock (process tests move it), and the school's date by it. */
final class RecordsClock {

  private RecordsClock() {}

  static Instant now() {
    return ClockUtil.now().toInstant();
  }

  static LocalDate today() {
    return SchoolTime.dayOf(now());
  }
}
