package org.beacon.incidents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.platform.api.DemoCases;
import org.beacon.platform.api.DemoTerm;

/**
 * The demo school's e-safety incidents, one at each stage of the response flow: two reported and
 * waiting for the DSL's triage, one classified with its actions being carried out (by the DSL and
 * technical support), and two closed with their actions in the incident log. Reported by the demo
 * staff, worked by the demo DSL, about demo pupils only; every detail is invented.
 */
@ApplicationScoped
public class IncidentDemoCases implements DemoCases {

  private static final String CLASSIFY = "Task_ClassifyIncident";
  private static final String DECIDE_PUPIL_ACTIONS = "Task_DecidePupilActions";
  private static final String CARRY_OUT_PUPIL_ACTION = "Task_CarryOutPupilAction";
  private static final String RECORD_OUTCOME = "Task_RecordOutcome";

  // The pupil's actions as the school's matrix (PupilSanctions.dmn) names them on the DSL's
  // checklist.
  private static final String REFER_TO_CLASS_TEACHER = "Refer to class teacher / tutor";
  private static final String INFORM_PARENTS = "Inform parents / carers";
  private static final String REMOVE_NETWORK_ACCESS = "Removal of network / internet access rights";

  @Inject IncidentReporting reporting;

  @Override
  public void create(DemoTerm term) {
    closedAfterAWarning(term);
    closedAfterParentsWereInformed(term);
    closedAfterAPhoneInLessons(term);
    closedAfterSharingAPassword(term);
    actionsUnderWay(term);
    waitingForTriage(term);
  }

  /**
   * Five weeks ago, in a lesson: a game site instead of the task; the class teacher spoke to the
   * pupil.
   */
  private void closedAfterAWarning(DemoTerm term) {
    String reference =
        report(
            term,
            "staff",
            35,
            "Computing room 2, period 3",
            "school",
            "CR2-PC14",
            "During a spreadsheet lesson the pupil had an online racing game open in a second browser tab and"
                + " switched to it whenever the teacher moved away. The game was closed when asked. (Demo"
                + " school: invented.)",
            List.of("https://racing-game.example/play"),
            "P-0010",
            "Unauthorised use of non-educational sites during lessons");
    classifyInappropriateChild(term, reference, false);
    term.complete(
        "dsl",
        reference,
        DECIDE_PUPIL_ACTIONS,
        pupilActions(
            "First time: a word from the class teacher is enough", null, REFER_TO_CLASS_TEACHER));
    term.complete(
        "dsl",
        reference,
        CARRY_OUT_PUPIL_ACTION,
        Map.of(
            "actionOutcome",
            "done",
            "actionDoneOn",
            term.daysAgo(33),
            "actionNote",
            "Class teacher spoke to the pupil"));
    term.complete(
        "dsl",
        reference,
        RECORD_OUTCOME,
        Map.of(
            "outcomeSummary",
            "Pupil reminded of the acceptable use agreement by the class teacher; no repeat since.",
            "reviewPolicy",
            false));
  }

  /** Four weeks ago, in the library: an unkind message in a class group chat; parents informed. */
  private void closedAfterParentsWereInformed(DemoTerm term) {
    String reference =
        report(
            term,
            "staff2",
            28,
            "Library",
            "personal",
            "Pupil's own phone",
            "A pupil showed the librarian a message in a class group chat calling another pupil names. The"
                + " pupil who sent it was identified from the chat. (Demo school: invented.)",
            List.of(),
            "P-0004",
            "Sending an email, text or instant message that is regarded as offensive, harassment or of a"
                + " bullying nature");
    classifyInappropriateChild(term, reference, false);
    term.complete(
        "dsl",
        reference,
        DECIDE_PUPIL_ACTIONS,
        pupilActions(
            "Anti-bullying procedure: parents first, restorative work in school",
            "Restorative conversation between the two pupils, led by the head of year",
            INFORM_PARENTS));
    term.complete(
        "dsl",
        reference,
        CARRY_OUT_PUPIL_ACTION,
        Map.of(
            "actionOutcome",
            "done",
            "actionDoneOn",
            term.daysAgo(27),
            "actionNote",
            "Parents phoned; they spoke to their child"));
    term.complete(
        "dsl",
        reference,
        RECORD_OUTCOME,
        Map.of(
            "outcomeSummary",
            "Parents informed; restorative conversation held; both pupils say it has stopped.",
            "reviewPolicy",
            false));
  }

  /**
   * Seven weeks ago: photos taken in a lesson on a personal phone; the phone went to the office.
   */
  private void closedAfterAPhoneInLessons(DemoTerm term) {
    String reference =
        report(
            term,
            "staff2",
            49,
            "Science lab 3",
            "personal",
            "Pupil's own phone",
            "A pupil took photos of classmates during a practical without asking them and was about to post"
                + " them; the photos were deleted in front of the teacher. (Demo school: invented.)",
            List.of(),
            "P-0011",
            "Unauthorised use of mobile phone / digital camera / other handheld device");
    closeWith(
        term,
        reference,
        48,
        "Phone kept at the office for the day; mobile phone agreement signed again by pupil and parents.",
        pupilActions("Phone agreement: parents told, phone to the office", null, INFORM_PARENTS));
  }

  /** Three weeks ago: a pupil let a friend sign in with their password. */
  private void closedAfterSharingAPassword(DemoTerm term) {
    String reference =
        report(
            term,
            "staff",
            21,
            "Computing room 1",
            "school",
            "CR1-PC11",
            "Two pupils were found signed in on one account; one had told the other their password so they"
                + " could finish a project together. (Demo school: invented.)",
            List.of(),
            "P-0012",
            "Allowing others to access school network by sharing username and passwords");
    closeWith(
        term,
        reference,
        20,
        "Password reset by technical support; the pupil was reminded why accounts are personal.",
        pupilActions(
            "A reminder from the class teacher and a new password are enough",
            null,
            REFER_TO_CLASS_TEACHER));
  }

  /** Classified, the one action decided done the next day, and the outcome in the incident log. */
  private void closeWith(
      DemoTerm term,
      String reference,
      int doneDaysAgo,
      String outcome,
      Map<String, Object> actions) {
    classifyInappropriateChild(term, reference, false);
    term.complete("dsl", reference, DECIDE_PUPIL_ACTIONS, actions);
    term.complete(
        "dsl",
        reference,
        CARRY_OUT_PUPIL_ACTION,
        Map.of("actionOutcome", "done", "actionDoneOn", term.daysAgo(doneDaysAgo)));
    term.complete(
        "dsl", reference, RECORD_OUTCOME, Map.of("outcomeSummary", outcome, "reviewPolicy", false));
  }

  /**
   * Nine days ago: a proxy site to get round the filter; network access removed, parents to be
   * told.
   */
  private void actionsUnderWay(DemoTerm term) {
    String reference =
        report(
            term,
            "staff",
            9,
            "Year 11 study area",
            "school",
            "LAPTOP-CART-07",
            "A pupil was using a web proxy to reach sites the school blocks; the address was written on a"
                + " sticky note passed round the group. (Demo school: invented.)",
            List.of("https://unblock-anything.example/"),
            "P-0005",
            "Using proxy sites or other means to subvert the school’s filtering system");
    classifyInappropriateChild(term, reference, true);
    term.complete(
        "dsl",
        reference,
        DECIDE_PUPIL_ACTIONS,
        pupilActions(
            "A proxy to get round the filter: network access removed for a week and parents told",
            null,
            REMOVE_NETWORK_ACCESS,
            INFORM_PARENTS));
  }

  /** Yesterday and the day before: reports the DSL has not classified yet. */
  private void waitingForTriage(DemoTerm term) {
    report(
        term,
        "staff2",
        2,
        "Form room 9B",
        "personal",
        "Pupil's own phone",
        "A pupil says an account in a photo-sharing app is posting edited pictures of classmates with"
            + " mocking captions. (Demo school: invented.)",
        List.of(),
        "P-0003",
        "Unauthorised use of social networking / instant messaging / personal email");
    report(
        term,
        "staff",
        1,
        "Computing room 1",
        "school",
        "CR1-PC03",
        "A pupil downloaded a game installer from a file-sharing site onto a school computer and tried"
            + " to run it; the antivirus stopped it. (Demo school: invented.)",
        List.of("https://free-downloads.example/games/setup"),
        "P-0007",
        "Unauthorised downloading or uploading of files");
  }

  /**
   * The pupil's actions as the DSL ticks them on the checklist, with why they differ from the
   * matrix.
   */
  private static Map<String, Object> pupilActions(
      String reason, String schoolActions, String... ticked) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(IncidentProcess.ACTIONS_DECIDED, List.of(ticked));
    values.put("differenceReason", reason);
    if (schoolActions != null) {
      values.put("schoolActions", schoolActions);
    }
    return values;
  }

  private void classifyInappropriateChild(DemoTerm term, String reference, boolean serious) {
    term.complete(
        "dsl",
        reference,
        CLASSIFY,
        Map.of(
            "classification",
            "inappropriate",
            "involvesChild",
            true,
            "seriousness",
            serious ? "serious" : "minor",
            "classificationNote",
            "Inappropriate, not illegal: school actions under the pupil matrix"));
  }

  private String report(
      DemoTerm term,
      String reporter,
      int daysAgo,
      String location,
      String ownership,
      String device,
      String description,
      List<String> urls,
      String pupil,
      String incidentType) {
    IncidentReference incident =
        reporting.report(
            term.as(reporter),
            new ReportIncident(
                term.daysAgoAt(daysAgo, 11, 20),
                location,
                new ReportIncident.Device(ownership, device),
                description,
                urls,
                List.of(new ReportIncident.Pupil(pupil, DemoTerm.yearGroupOf(pupil))),
                List.of(),
                incidentType,
                null,
                false));
    return incident.reference();
  }
}
