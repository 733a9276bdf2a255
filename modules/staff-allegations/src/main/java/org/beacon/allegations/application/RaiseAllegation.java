package org.beacon.allegations.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An allegation against a member of staff, as whoever received it records it.
 *
 * @param accused the member of staff the allegation is about
 * @param reporter who made the allegation; leave out for an anonymous one
 * @param whatHappened what is alleged, in the reporter's words as far as possible
 * @param occurredAt when it happened: ISO date-time, with offset or in school time, or a date
 * @param children the children concerned, by pupil reference and year group
 * @param source child-disclosure, parent, colleague, anonymous or incident
 * @param sourceReference for an incident: its reference, e.g. INC-2026-0007
 * @param immediateDanger a child is in immediate danger: the police are contacted first
 * @param childAbuseImages child abuse images were found with the member of staff (seed 003): the
 *     case manager suspends at once and the police are told, beside the LADO referral; left out
 *     means no
 */
public record RaiseAllegation(
    @NotNull @Valid Accused accused,
    @Valid Reporter reporter,
    @NotBlank @Size(max = 4000) String whatHappened,
    @NotBlank String occurredAt,
    @Size(max = 60) List<@NotNull @Valid Child> children,
    @NotBlank String source,
    @Size(max = 50) String sourceReference,
    @NotNull Boolean immediateDanger,
    Boolean childAbuseImages) {

  /**
   * Exactly one of username and name.
   *
   * @param username the Beacon username of the member of staff
   * @param name the name of someone without a Beacon account
   * @param headteacher whether they are the headteacher (the chair of governors then manages the
   *     case)
   * @param role teacher, support-staff, volunteer, contractor or other
   */
  @Schema(name = "RaiseAllegationAccused")
  public record Accused(
      @Size(max = 100) String username,
      @Size(max = 200) String name,
      @NotNull Boolean headteacher,
      @NotBlank String role) {}

  /**
   * @param name who made the allegation
   * @param relationship e.g. parent of a pupil in Year 4, pupil, colleague
   * @param contact how to reach them
   */
  @Schema(name = "RaiseAllegationReporter")
  public record Reporter(
      @Size(max = 200) String name,
      @Size(max = 100) String relationship,
      @Size(max = 200) String contact) {}

  /**
   * @param reference the school's pupil reference (never a name)
   * @param yearGroup e.g. Year 8, Reception
   */
  @Schema(name = "RaiseAllegationChild")
  public record Child(
      @NotBlank @Size(max = 50) String reference, @Size(max = 20) String yearGroup) {}

  public List<Child> childrenOrEmpty() {
    return children == null ? List.of() : children;
  }
}
