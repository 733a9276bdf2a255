package org.beacon.platform.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a module's {@link DemoCases} works with: the day of the first start (the term's cases are
 * dated before it), the demo users as callers of the application services, and task completion
 * through the same task service {@code POST /api/tasks/{id}/complete} uses.
 */
public interface DemoTerm {

  /**
   * The demo school's pupils in the platform's pupil register: references only, like every pupil
   * Beacon keeps (P-0001 to P-0012, Years 7 to 11).
   */
  List<String> PUPILS =
      List.of(
          "P-0001", "P-0002", "P-0003", "P-0004", "P-0005", "P-0006", "P-0007", "P-0008", "P-0009",
          "P-0010", "P-0011", "P-0012");

  /** The year group of a demo pupil: P-0001 Year 7, P-0002 Year 8, ... P-0006 Year 7 again. */
  static String yearGroupOf(String pupil) {
    int index = PUPILS.indexOf(pupil);
    if (index < 0) {
      throw new IllegalArgumentException(pupil + " is not a demo pupil");
    }
    return "Year " + (7 + index % 5);
  }

  /** The school's day of the first start. */
  LocalDate today();

  /** A demo user (by username) as the caller of an application service, with their roles. */
  Caller as(String username);

  /**
   * A school-time date and time {@code days} before today, as a form sends it ({@code
   * 2026-11-20T10:15}).
   */
  default String daysAgoAt(int days, int hour, int minute) {
    return today().minusDays(days).atTime(hour, minute).toString();
  }

  /** The ISO date {@code days} before today (negative: after). */
  default String daysAgo(int days) {
    return today().minusDays(days).toString();
  }

  /**
   * Completes the open task with this task definition id in the process instance with this business
   * key, as the user, with these form values (strings, booleans, numbers), through the task API's
   * own checks (need to know, candidate groups, the form's validation).
   *
   * @throws IllegalStateException when no such task is open
   */
  void complete(
      String username, String businessKey, String taskDefinitionKey, Map<String, ?> values);
}
