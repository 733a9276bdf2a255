package org.beacon.allegations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.beacon.platform.api.DemoCases;
import org.beacon.platform.api.DemoTerm;

/**
 * The demo school's allegations against staff: one against a teacher, over the harm threshold and
 * referred, waiting for the LADO's consultation outcome (the head manages it); one against the
 * headteacher, waiting for the chair of governors to assess it against the harm threshold. People
 * and events are invented; the children are demo pupils.
 */
@ApplicationScoped
public class AllegationDemoCases implements DemoCases {

  @Inject AllegationRaising raising;

  @Override
  public void create(DemoTerm term) {
    waitingForTheLado(term);
    againstTheHeadteacher(term);
  }

  private void waitingForTheLado(DemoTerm term) {
    String reference =
        raising
            .raise(
                term.as("dsl"),
                new RaiseAllegation(
                    new RaiseAllegation.Accused(
                        null, "Jordan Example (demo teacher)", false, "teacher"),
                    new RaiseAllegation.Reporter(
                        "Robin Sample (demo parent)",
                        "Parent of a pupil in " + DemoTerm.yearGroupOf("P-0002"),
                        "Through the school office"),
                    "A parent reports that a teacher sent their child private messages on a social media app late"
                        + " in the evening, outside any school channel. (Demo school: invented.)",
                    term.daysAgo(6),
                    List.of(new RaiseAllegation.Child("P-0002", DemoTerm.yearGroupOf("P-0002"))),
                    "parent",
                    null,
                    false,
                    false))
            .reference();
    term.complete(
        "head",
        reference,
        "Task_AssessHarmThreshold",
        Map.of(
            "harmedChild", false,
            "possibleOffence", false,
            "riskOfHarm", true,
            "unsuitableToWorkWithChildren", false,
            "thresholdReasons",
                "Private contact with a pupil outside school channels breaks the code of conduct and may indicate a risk of harm"));
    term.complete(
        "head",
        reference,
        "Task_ReferToLado",
        Map.of(
            "referredOn", term.daysAgo(5),
            "referralMethod", "phone",
            "referralNote", "LADO to call back after checking for previous referrals"));
  }

  private void againstTheHeadteacher(DemoTerm term) {
    raising.raise(
        term.as("dsl"),
        new RaiseAllegation(
            new RaiseAllegation.Accused("head", null, true, "teacher"),
            new RaiseAllegation.Reporter(
                "Casey Sample (demo colleague)", "Colleague", "Staff room extension 214"),
            "A colleague reports that the headteacher shouted at a pupil and held their arm to stop them"
                + " leaving a room. (Demo school: invented.)",
            term.daysAgo(1),
            List.of(new RaiseAllegation.Child("P-0006", DemoTerm.yearGroupOf("P-0006"))),
            "colleague",
            null,
            false,
            false));
  }
}
