package org.beacon.governance.application;

import java.util.Locale;
import java.util.Map;

/**
 * What governors read for a module's and a measure's name. Names the labels do not know (from a
 * module that lands later) are shown as words split from their camel case.
 */
public final class FigureLabels {

  private static final Map<String, String> MODULES =
      Map.of(
          "incidents", "E-safety incidents",
          "allegations", "Allegations against staff",
          "staff-allegations", "Allegations against staff",
          "filtering", "Filtering and monitoring",
          "filtering-reports", "Filtering and monitoring");

  private static final Map<String, String> MEASURES =
      Map.ofEntries(
          Map.entry("total", "Cases in the period"),
          Map.entry("byType", "By type"),
          Map.entry("byClassification", "By classification"),
          Map.entry("byInvolved", "Who was involved"),
          Map.entry("byStatus", "By status at the time of the report"),
          Map.entry("byOutcome", "By outcome"),
          Map.entry("byActionTaken", "Actions taken"),
          Map.entry("casesOpened", "Cases opened in other procedures"),
          Map.entry("immediateRisk", "Child at immediate risk"),
          Map.entry("policyReview", "Leading to a policy review"),
          Map.entry("timeToFirstTriage", "Time to first triage"),
          Map.entry("timeToClose", "Time to close"),
          Map.entry("triageWithinOneDay", "Triaged within one day"),
          Map.entry(
              "ladoReferralWithinOneWorkingDay", "Referred to the LADO within one working day"),
          Map.entry("reports", "Filtering reports"),
          Map.entry("reportsByKind", "Filtering reports by kind"),
          Map.entry("reportsByAssessment", "Filtering reports by assessment"),
          Map.entry("reportsByOutcome", "Filtering reports by outcome"),
          Map.entry(
              "reportsPotentiallyIllegal", "Filtering reports of potentially illegal content"),
          Map.entry("changeRequests", "Block and allow list change requests"),
          Map.entry("changeRequestsByStatus", "Change requests by status"),
          Map.entry("changeRequestsByAction", "Change requests by action"),
          Map.entry("checks", "Filtering checks"),
          Map.entry("checksFailed", "Filtering checks failed"),
          Map.entry("reviewsSigned", "Filtering reviews signed"),
          Map.entry("timeToAssessment", "Time to assess a filtering report"),
          Map.entry("timeToSecondApproval", "Time to a change's second approval"),
          Map.entry("annualReviewSigned", "Annual filtering review signed"));

  private FigureLabels() {}

  public static String module(String module) {
    return MODULES.getOrDefault(module, words(module));
  }

  public static String measure(String measure) {
    return MEASURES.getOrDefault(measure, words(measure));
  }

  /** {@code timeToReview} becomes "Time to review"; {@code staff-allegation} "Staff allegation". */
  static String words(String name) {
    String spaced =
        name.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
            .replace('-', ' ')
            .replace('_', ' ')
            .toLowerCase(Locale.ROOT);
    return spaced.isEmpty()
        ? spaced
        : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
