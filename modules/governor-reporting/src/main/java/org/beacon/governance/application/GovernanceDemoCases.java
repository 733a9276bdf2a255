package org.beacon.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.beacon.platform.api.DemoCases;
import org.beacon.platform.api.DemoTerm;

/**
 * The demo school's governance: a staff acceptable use policy in force until next year, an e-safety
 * policy whose fixed review date is a fortnight away (so its review is open for the DSL), and a
 * report on the term so far, written up by the DSL, approved by the head and waiting for the
 * governors' acknowledgement. Made after the other modules' cases, which the report counts.
 */
@ApplicationScoped
public class GovernanceDemoCases implements DemoCases {

  @Inject PolicyRegister policies;
  @Inject GovernorReports reports;

  @Override
  public int order() {
    return 100;
  }

  @Override
  public void create(DemoTerm term) {
    policyInForce(
        term,
        new PolicyRegister.NewPolicy("staff-aup", null, "annual"),
        new PolicyRegister.SubmittedVersion(
            "Dana Lead",
            term.daysAgo(40),
            "Adds the use of generative AI tools with pupil data",
            null,
            "Demo school staff acceptable use policy (invented text). Staff use school accounts for"
                + " all contact with pupils, never personal social media; pupil data never goes into an"
                + " AI tool the school has not approved.",
            null));
    policyInForce(
        term,
        new PolicyRegister.NewPolicy("e-safety", null, "fixed-date"),
        new PolicyRegister.SubmittedVersion(
            "Dana Lead",
            term.daysAgo(340),
            "Annual update: filtering and monitoring standards, named governor",
            term.daysAgo(-14),
            "Demo school e-safety policy (invented text). Incidents are reported to the DSL the same"
                + " day; the DSL classifies each as illegal, inappropriate or unsure and follows the"
                + " school's response flow.",
            null));
    reportOnTheTerm(term);
  }

  /** Submitted by the DSL and approved by the governing body: its review cycle starts. */
  private void policyInForce(
      DemoTerm term, PolicyRegister.NewPolicy policy, PolicyRegister.SubmittedVersion version) {
    PolicyView created = policies.create(term.as("dsl"), policy);
    PolicyView.Version submitted = policies.submit(term.as("dsl"), created.id(), version);
    term.complete(
        "governor",
        created.reference() + "-V" + submitted.number(),
        "Task_ApproveVersion",
        Map.of(
            "versionDecision",
            "approve",
            "decisionNote",
            "Approved at the full governing body meeting"));
  }

  private void reportOnTheTerm(DemoTerm term) {
    ReportDocument report =
        reports.request(term.as("dsl"), RequestedPeriod.parse(term.daysAgo(60), term.daysAgo(0)));
    term.complete(
        "dsl",
        report.reference(),
        "Task_WriteCommentary",
        Map.of(
            "commentary",
            "A quiet half-term: incidents were mostly about social media and getting round the filter;"
                + " one allegation was referred to the LADO. The filter passed its monthly check."));
    term.complete(
        "head", report.reference(), "Task_ReviewReport", Map.of("reviewDecision", "approve"));
  }
}
