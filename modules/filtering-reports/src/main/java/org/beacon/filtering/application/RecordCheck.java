package org.beacon.filtering.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A filtering check as it is recorded (DfE filtering standard: date and time, who, device, what was
 * tested, result, action taken).
 *
 * @param checkedAt when: ISO date-time, with an offset or in school time
 * @param checkedBy who did the check; the caller when empty
 * @param device the device and network used, e.g. "Year 5 laptop on pupil Wi-Fi"
 * @param tested what was tested, e.g. the test sites or categories tried
 * @param result passed (filtered as expected) or failed
 * @param resultDetail what happened
 * @param actionTaken what was done about a failure; required when it failed
 */
public record RecordCheck(
    @NotBlank String checkedAt,
    @Size(max = 200) String checkedBy,
    @NotBlank @Size(max = 200) String device,
    @NotBlank @Size(max = 2000) String tested,
    @NotNull @Pattern(regexp = "passed|failed", message = "must be passed or failed") String result,
    @Size(max = 2000) String resultDetail,
    @Size(max = 2000) String actionTaken) {}
