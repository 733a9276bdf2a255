package org.beacon.incidents.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An e-safety incident as a member of staff reports it.
 *
 * @param occurredAt when it happened: ISO date-time, with offset (2026-11-20T10:15:00Z) or local
 *     school time (2026-11-20T10:15)
 * @param location where it happened
 * @param device the device it happened on
 * @param description what was seen or done
 * @param urls web addresses involved, if any
 * @param pupils pupils involved, by pupil reference and year group
 * @param staff staff involved, by username or (without an account) name
 * @param incidentType a row of the school's sanction matrices, or "other"
 * @param incidentTypeOther for "other": what kind of incident it is
 * @param immediateRisk a child is at immediate risk
 */
public record ReportIncident(
    @NotBlank String occurredAt,
    @NotBlank @Size(max = 200) String location,
    @NotNull @Valid Device device,
    @NotBlank @Size(max = 4000) String description,
    @Size(max = 20) List<@NotBlank @Size(max = 2000) String> urls,
    @Size(max = 60) List<@NotNull @Valid Pupil> pupils,
    @Size(max = 30) List<@NotNull @Valid Staff> staff,
    @NotBlank @Size(max = 300) String incidentType,
    @Size(max = 300) String incidentTypeOther,
    @NotNull Boolean immediateRisk) {

  /**
   * @param ownership school or personal
   * @param identifier asset tag, hostname or description of the device
   */
  @Schema(name = "ReportIncidentDevice")
  public record Device(
      @NotBlank @Pattern(regexp = "school|personal", message = "must be school or personal")
          String ownership,
      @Size(max = 100) String identifier) {}

  /**
   * @param reference the school's pupil reference (never a name)
   * @param yearGroup e.g. Year 8, Reception
   */
  @Schema(name = "ReportIncidentPupil")
  public record Pupil(
      @NotBlank @Size(max = 50) String reference, @NotBlank @Size(max = 20) String yearGroup) {}

  /**
   * Exactly one of the two.
   *
   * @param username the Beacon username of the member of staff
   * @param name the name of someone without a Beacon account
   */
  @Schema(name = "ReportIncidentStaff")
  public record Staff(@Size(max = 100) String username, @Size(max = 200) String name) {}

  public List<String> urlsOrEmpty() {
    return urls == null ? List.of() : urls;
  }

  public List<Pupil> pupilsOrEmpty() {
    return pupils == null ? List.of() : pupils;
  }

  public List<Staff> staffOrEmpty() {
    return staff == null ? List.of() : staff;
  }
}
