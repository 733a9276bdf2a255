package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.beacon.filtering.domain.ChangeStatus;
import org.beacon.filtering.domain.FilteringChangeRequest;
import org.beacon.filtering.domain.FilteringChangeRequestRepository;
import org.beacon.filtering.domain.PatternType;
import org.beacon.filtering.domain.RuleAction;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;

/**
 * The school's record of what is blocked or allowed and why (DfE filtering standard): every change
 * applied in the filtering product, with its reason, who proposed and approved it and when. A later
 * change to the same pattern and scope supersedes an earlier one.
 */
@ApplicationScoped
public class FilteringRules {

  static final String RESOURCE = "filtering-rules";

  @Inject FilteringChangeRequestRepository requests;
  @Inject FilteringAccess access;
  @Inject AuditLog audit;

  /**
   * One rule.
   *
   * @param current false when a later change to the same pattern and scope superseded it
   */
  public record Rule(
      String reference,
      String action,
      String patternType,
      String pattern,
      String scope,
      String yearGroups,
      String reason,
      String proposedBy,
      Instant proposedAt,
      String approvedBy,
      Instant approvedAt,
      String appliedBy,
      Instant appliedAt,
      String filterReference,
      boolean verified,
      Instant verifiedAt,
      String reportReference,
      boolean current) {}

  /**
   * Rules newest first; {@code action} null for both; {@code currentOnly} leaves out superseded
   * ones.
   */
  @Transactional
  public List<Rule> rules(Caller caller, RuleAction action, boolean currentOnly, String format) {
    requireReader(caller);
    List<Rule> rules = new ArrayList<>(all());
    rules.removeIf(
        r -> (action != null && !r.action().equals(action.id())) || (currentOnly && !r.current()));
    audit.allowed("list", RESOURCE, null, rules.size() + " rule(s) as " + format);
    return rules;
  }

  /** The domains of the rules in force with this action, sorted: a list a filter can load. */
  @Transactional
  public List<String> domains(Caller caller, RuleAction action) {
    requireReader(caller);
    TreeSet<String> domains = new TreeSet<>();
    all().stream()
        .filter(
            r ->
                r.current()
                    && r.action().equals(action.id())
                    && r.patternType().equals(PatternType.DOMAIN.id()))
        .forEach(r -> domains.add(r.pattern()));
    audit.allowed(
        "list", RESOURCE, null, domains.size() + " " + action.id() + " domain(s) as text");
    return List.copyOf(domains);
  }

  private List<Rule> all() {
    List<FilteringChangeRequest> inForce = requests.inForce();
    Map<String, FilteringChangeRequest> latest = new HashMap<>();
    for (FilteringChangeRequest r : inForce) {
      latest.merge(key(r), r, (a, b) -> later(a, b));
    }
    List<Rule> rules = new ArrayList<>();
    for (FilteringChangeRequest r : inForce) {
      rules.add(rule(r, latest.get(key(r)) == r));
    }
    rules.sort((a, b) -> b.appliedAt().compareTo(a.appliedAt()));
    return rules;
  }

  private static FilteringChangeRequest later(FilteringChangeRequest a, FilteringChangeRequest b) {
    int byTime = a.appliedAt().compareTo(b.appliedAt());
    if (byTime != 0) {
      return byTime > 0 ? a : b;
    }
    return a.id() > b.id() ? a : b;
  }

  private static String key(FilteringChangeRequest r) {
    return r.patternType()
        + "|"
        + r.pattern()
        + "|"
        + r.scope()
        + "|"
        + Objects.toString(r.yearGroups(), "");
  }

  private static Rule rule(FilteringChangeRequest r, boolean current) {
    return new Rule(
        r.reference(),
        r.action().id(),
        r.patternType().id(),
        r.pattern(),
        r.scope().id(),
        r.yearGroups(),
        r.reason(),
        r.proposedBy(),
        r.proposedAt(),
        r.decidedBy(),
        r.decidedAt(),
        r.appliedBy(),
        r.appliedAt(),
        r.filterReference(),
        r.status() == ChangeStatus.VERIFIED,
        r.verifiedAt(),
        r.reportReference(),
        current);
  }

  private void requireReader(Caller caller) {
    access.require(
        caller,
        audit,
        "list",
        RESOURCE,
        "The filtering rules are for the DSL, the head, technical staff and governors",
        Role.DSL,
        Role.HEAD,
        Role.TECHNICAL,
        Role.GOVERNOR);
  }
}
