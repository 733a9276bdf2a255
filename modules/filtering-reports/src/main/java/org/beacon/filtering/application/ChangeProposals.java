package org.beacon.filtering.application;

import java.util.Map;
import org.beacon.filtering.domain.FilteringChangeRequest.Proposal;
import org.beacon.filtering.domain.PatternType;
import org.beacon.filtering.domain.RuleAction;
import org.beacon.filtering.domain.RuleScope;
import org.beacon.filtering.domain.WebAddress;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.FieldErrors;

/** Checks a proposed change, from the API or from the proposal task's form, the same way. */
public final class ChangeProposals {

  private ChangeProposals() {}

  /**
   * The proposal, if every field is right.
   *
   * @throws BeaconProblem 400 naming every bad field
   */
  public static Proposal check(ProposeChange change) {
    if (change == null) {
      throw BeaconProblem.invalid(
          "Send the change as a JSON object", Map.of("body", "is required"));
    }
    FieldErrors errors = new FieldErrors();
    PatternType type = PatternType.fromId(trim(change.patternType())).orElse(null);
    if (type == null) {
      errors.put("patternType", "must be domain, urlPrefix or category");
    } else {
      String problem = type.problemWith(change.pattern());
      if (problem != null) {
        errors.put("pattern", problem);
      } else if (change.pattern().trim().length() > 2000) {
        errors.put("pattern", "must be at most 2000 characters");
      }
    }
    RuleAction action = RuleAction.fromId(trim(change.action())).orElse(null);
    if (action == null) {
      errors.put("action", "must be block or allow");
    }
    String reason = trim(change.reason());
    if (reason == null || reason.isEmpty()) {
      errors.put("reason", "is required: the school records why each site is blocked or allowed");
    } else if (reason.length() > 2000) {
      errors.put("reason", "must be at most 2000 characters");
    }
    RuleScope scope = RuleScope.fromId(trim(change.scope())).orElse(null);
    if (scope == null) {
      errors.put("scope", "must be allUsers, staff or yearGroups");
    } else if (scope == RuleScope.YEAR_GROUPS
        && (change.yearGroups() == null
            || change.yearGroups().isBlank()
            || change.yearGroups().trim().length() > 200)) {
      errors.put(
          "yearGroups",
          "name the year groups (at most 200 characters) when the scope is yearGroups");
    }
    if (change.testUrl() != null
        && !change.testUrl().isBlank()
        && !WebAddress.isWebUrl(change.testUrl())) {
      errors.put("testUrl", "must be a web address starting http:// or https://");
    }
    if (!errors.isEmpty()) {
      throw errors.problem("The change has " + errors.size() + " invalid field(s)");
    }
    return new Proposal(type, change.pattern(), action, reason, scope, change.yearGroups());
  }

  /** The address to test once the change is applied. */
  public static String testUrl(Proposal proposal, String given) {
    if (given != null && !given.isBlank()) {
      return given.trim();
    }
    return switch (proposal.patternType()) {
      case DOMAIN -> "https://" + proposal.patternType().normalise(proposal.pattern()) + "/";
      case URL_PREFIX -> proposal.pattern().trim();
      case CATEGORY -> "";
    };
  }

  private static String trim(String text) {
    return text == null ? null : text.trim();
  }
}
