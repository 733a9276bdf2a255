package org.beacon.filtering.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A report of an unsuitable site as someone sends it (seed 000 §6.1: "the URL (address), time, date
 * and content").
 *
 * @param kind underblocking (the site got through) or overblocking (blocked but needed for
 *     teaching)
 * @param url the address
 * @param seenAt when it was seen: ISO date-time, with an offset or in school time
 * @param content what the content was (for over-blocking: what it is needed for)
 * @param foundBy who found it (a name, a role, or "pupil in Year 8")
 * @param device the device it was seen on
 * @param userAccount the account signed in on the device, if known
 * @param potentiallyIllegal the content may be illegal: the DSL is asked at once
 */
public record ReportUnsuitableSite(
    @NotBlank
        @Pattern(
            regexp = "underblocking|overblocking",
            message = "must be underblocking or overblocking")
        String kind,
    @NotBlank @Size(max = 2000) String url,
    @NotBlank String seenAt,
    @NotBlank @Size(max = 4000) String content,
    @NotBlank @Size(max = 200) String foundBy,
    @NotBlank @Size(max = 200) String device,
    @Size(max = 100) String userAccount,
    Boolean potentiallyIllegal) {}
