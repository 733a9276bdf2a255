package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.beacon.filtering.api.FilteringLogReviewProcess;
import org.beacon.filtering.api.FilteringReportProcess;
import org.beacon.filtering.domain.FilteringReport;
import org.beacon.filtering.domain.LogReview;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.Role;

/**
 * Need to know for filtering. The DSL and the head see everything; technical staff see reports
 * (without who found a site or whose account it was), change requests, rules, checks and imports,
 * but not the flagged web use of named users; governors see reviews, rules, checks and counts,
 * never a report; a reporter sees their own reports; administrators see no case content.
 */
@ApplicationScoped
public class FilteringAccess {

  @Inject CaseParties parties;

  /** The rules over these parties: for work outside the container, such as a test. */
  public static FilteringAccess over(CaseParties parties) {
    FilteringAccess access = new FilteringAccess();
    access.parties = parties;
    return access;
  }

  /** The caller's view of a report. */
  public ReportView viewFor(Caller caller, FilteringReport report) {
    if (parties.isSubject(caller, FilteringReportProcess.KEY, report.reference())) {
      // Their own account was signed in when the site was seen: they see nothing of the report.
      return ReportView.NONE;
    }
    if (any(caller, Role.DSL, Role.HEAD)) {
      return ReportView.FULL;
    }
    if (caller.has(Role.TECHNICAL)) {
      return ReportView.TECHNICAL;
    }
    if (report.reportedBy() != null && report.reportedBy().equals(caller.username())) {
      return ReportView.REPORTER;
    }
    return ReportView.NONE;
  }

  /** The references of the reports naming the caller's account, by any name that may mean them. */
  public Set<String> reportsAbout(Caller caller) {
    return parties.referencesAbout(caller, FilteringReportProcess.KEY);
  }

  /** Whether the caller is the user whose flagged web use a log review is about. */
  public boolean isReviewed(Caller caller, LogReview review) {
    return sameUser(review.userName(), caller.username())
        || parties.isSubject(caller, FilteringLogReviewProcess.KEY, review.reference());
  }

  /** Reads every report (dsl, head, technical); others read their own only. */
  public boolean readsAllReports(Caller caller) {
    return any(caller, Role.DSL, Role.HEAD, Role.TECHNICAL);
  }

  /** Governors read counts elsewhere; administrators and the school office see no case content. */
  public boolean readsReports(Caller caller) {
    return caller.roles().stream()
        .anyMatch(r -> r != Role.GOVERNOR && r != Role.ADMIN && r != Role.OFFICE);
  }

  /** Proposes block and allow changes. */
  public void requireTechnical(Caller caller, AuditLog audit, String action, String resource) {
    require(
        caller,
        audit,
        action,
        resource,
        "Only technical staff propose filtering changes",
        Role.TECHNICAL);
  }

  /** Refuses unless the caller holds one of the roles; the refusal is audited. */
  public void require(
      Caller caller,
      AuditLog audit,
      String action,
      String resource,
      String message,
      Role... roles) {
    if (!any(caller, roles)) {
      audit.denied(action, resource, null, "requires " + names(roles));
      throw BeaconProblem.forbidden(message);
    }
  }

  public static boolean any(Caller caller, Role... roles) {
    return Arrays.stream(roles).anyMatch(caller::has);
  }

  /** Log user names compare without case, and without a Windows domain or e-mail domain. */
  public static boolean sameUser(String logUser, String username) {
    return logUser != null && username != null && bare(logUser).equals(bare(username));
  }

  private static String bare(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    int backslash = n.lastIndexOf('\\');
    if (backslash >= 0) {
      n = n.substring(backslash + 1);
    }
    int at = n.indexOf('@');
    return at > 0 ? n.substring(0, at) : n;
  }

  private static String names(Role... roles) {
    return String.join(" or ", Arrays.stream(roles).map(Role::id).toList());
  }
}
