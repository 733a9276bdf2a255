package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.beacon.platform.api.DemoCases;
import org.beacon.platform.api.DemoTerm;

/**
 * The demo school's filtering work: a monthly check of the filter that passed, a report of a site
 * that gets through waiting for the DSL's assessment, a report of a site blocked by mistake that
 * the DSL wants allowed (its change now waiting for technical support to propose it), and a block
 * proposed by technical support waiting for its second approver. Every address is under the
 * reserved {@code .example} domain.
 */
@ApplicationScoped
public class FilteringDemoCases implements DemoCases {

  @Inject FilteringChecks checks;
  @Inject FilteringReporting reporting;
  @Inject ChangeRequests changes;

  @Override
  public void create(DemoTerm term) {
    checks.record(
        term.as("technical"),
        new RecordCheck(
            term.daysAgoAt(7, 8, 15),
            null,
            "CR1-PC01 (pupil profile)",
            "Test pages for child abuse content, adult content, gambling, self-harm and proxies",
            "passed",
            "All five test pages blocked with the school's block page",
            null));

    reporting.report(
        term.as("staff"),
        new ReportUnsuitableSite(
            "underblocking",
            "https://loot-spins.example/wheel",
            term.daysAgoAt(3, 13, 5),
            "A 'free games' site with a spin-the-wheel game that asks for card details for extra spins;"
                + " several Year 8 pupils were playing it at lunchtime. (Demo school: invented.)",
            "Sam Staff",
            "Library PC 4",
            null,
            false));

    String blockedByMistake =
        reporting
            .report(
                term.as("staff2"),
                new ReportUnsuitableSite(
                    "overblocking",
                    "https://history-archive.example/ww1/letters",
                    term.daysAgoAt(10, 9, 40),
                    "An archive of letters from the First World War, needed for a Year 9 history project, is"
                        + " blocked as 'weapons'. (Demo school: invented.)",
                    "Sasha Staff",
                    "Humanities laptop trolley",
                    null,
                    false))
            .reference();
    term.complete(
        "dsl",
        blockedByMistake,
        "Task_AssessReport",
        Map.of(
            "assessment", "allow",
            "assessmentNote", "An educational archive; allow it for everyone"));

    changes.propose(
        term.as("technical"),
        new ProposeChange(
            "domain",
            "anonymous-chat.example",
            "block",
            "An anonymous chat site with no moderation, found in the browsing history after the proxy incident",
            "allUsers",
            null,
            "https://anonymous-chat.example/"));
  }
}
