package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.beacon.filtering.domain.FilteringCheck;
import org.beacon.filtering.domain.FilteringCheckRepository;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.Role;
import org.beacon.platform.api.SchoolTime;

/** The log of filtering checks, looked at in each review. */
@ApplicationScoped
public class FilteringChecks {

  static final String RESOURCE = "filtering-check";
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

  @Inject FilteringCheckRepository checks;
  @Inject FilteringAccess access;
  @Inject Validator validator;
  @Inject AuditLog audit;

  Clock clock = Clock.systemUTC();

  @Transactional
  public CheckRow record(Caller caller, RecordCheck check) {
    access.require(
        caller,
        audit,
        "create",
        RESOURCE,
        "Filtering checks are recorded by technical staff, the DSL or the head",
        Role.TECHNICAL,
        Role.DSL,
        Role.HEAD);
    if (check == null) {
      throw BeaconProblem.invalid("Send the check as a JSON object", Map.of("body", "is required"));
    }
    FieldErrors errors = new FieldErrors();
    errors.violations(validator.validate(check));
    Instant at = SchoolTime.parseMoment(check.checkedAt(), "checkedAt", errors);
    if (at != null && at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
      errors.put("checkedAt", "must not be in the future");
    }
    boolean passed = "passed".equals(check.result());
    if ("failed".equals(check.result())
        && (check.actionTaken() == null || check.actionTaken().isBlank())) {
      errors.put("actionTaken", "is required when the check failed");
    }
    if (!errors.isEmpty()) {
      audit.denied(
          "create", RESOURCE, null, "invalid check: " + String.join(", ", errors.fields()));
      throw errors.problem("The check has " + errors.size() + " invalid field(s)");
    }
    FilteringCheck stored =
        checks.add(
            new FilteringCheck(
                at,
                blank(check.checkedBy()) ? caller.username() : check.checkedBy().trim(),
                check.device().trim(),
                check.tested().trim(),
                passed,
                blank(check.resultDetail()) ? null : check.resultDetail().trim(),
                blank(check.actionTaken()) ? null : check.actionTaken().trim(),
                caller.username(),
                clock.instant()));
    audit.allowed("create", RESOURCE, String.valueOf(stored.id()), check.result());
    return CheckRow.of(stored);
  }

  /** Checks done in [from, to), newest first. */
  @Transactional
  public List<CheckRow> list(Caller caller, Instant from, Instant to, int page, int size) {
    access.require(
        caller,
        audit,
        "list",
        RESOURCE,
        "The filtering checks are for the DSL, the head, technical staff and governors",
        Role.TECHNICAL,
        Role.DSL,
        Role.HEAD,
        Role.GOVERNOR);
    List<FilteringCheck> found = checks.list(from, to, page * size, size);
    audit.allowed("list", RESOURCE, null, found.size() + " check(s)");
    return found.stream().map(CheckRow::of).toList();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
