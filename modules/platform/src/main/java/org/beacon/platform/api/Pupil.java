package org.beacon.platform.api;

import java.time.LocalDate;

/**
 * A pupil on the school's register, as the school's MIS exported them: by reference, never by name.
 *
 * @param reference the school's pupil reference (a UPN or an MIS admission number), as written
 * @param yearGroup {@code Nursery}, {@code Reception}, {@code Year 1} to {@code Year 13}
 * @param dateOfBirth their date of birth
 * @param leavingDate the day they left or will leave the school, null while on roll
 */
public record Pupil(
    String reference, String yearGroup, LocalDate dateOfBirth, LocalDate leavingDate) {

  /**
   * Whether they have left the school by {@code today} (a leaving date still ahead is not left
   * yet).
   */
  public boolean leftBy(LocalDate today) {
    return leavingDate != null && !leavingDate.isAfter(today);
  }
}
