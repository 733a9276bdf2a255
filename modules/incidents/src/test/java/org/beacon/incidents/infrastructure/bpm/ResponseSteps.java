package org.beacon.incidents.infrastructure.bpm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.IncidentRepository;
import org.beacon.platform.calendar.BankHolidayCalendar;
import org.camunda.bpm.engine.DecisionService;

/**
 * The response flow's own steps, wired as CDI wires them but on one incident held in memory, so a
 * process test can run the real classification, sanction lookup, action check, action tasks and
 * close without a container or a database of incidents.
 */
public final class ResponseSteps {

  private ResponseSteps() {}

  /**
   * The steps on the flow's path, by the bean names the model uses (for {@code Mocks.register});
   * whatever incident id the process carries finds {@code incident}, and the log holds no earlier
   * one.
   */
  public static Map<String, Object> on(
      Incident incident,
      DecisionService decisions,
      org.camunda.bpm.engine.RepositoryService repository) {
    return on(incident, decisions, repository, java.util.List.of(), java.util.List.of());
  }

  /** As above, with {@code earlier} incidents in the log beside it (stored ones: they have ids). */
  public static Map<String, Object> on(
      Incident incident,
      DecisionService decisions,
      org.camunda.bpm.engine.RepositoryService repository,
      java.util.List<Incident> earlier) {
    return on(incident, decisions, repository, earlier, java.util.List.of());
  }

  /**
   * As above, with {@code directory} the people with accounts (their usernames, display names and
   * roles): who the case manager of a member of staff's gross misconduct is.
   */
  public static Map<String, Object> on(
      Incident incident,
      DecisionService decisions,
      org.camunda.bpm.engine.RepositoryService repository,
      java.util.List<Incident> earlier,
      java.util.List<org.beacon.platform.api.Person> directory) {
    IncidentVariables variables = new IncidentVariables();
    variables.incidents = holding(incident, earlier);

    RecordClassificationListener classification = new RecordClassificationListener();
    classification.variables = variables;
    RecordRecommendationListener sanctions = new RecordRecommendationListener();
    sanctions.repository = repository;
    sanctions.variables = variables;
    FindCaseManagerDelegate caseManager = new FindCaseManagerDelegate();
    caseManager.variables = variables;
    caseManager.people = directory(directory);
    FindEarlierIncidentsDelegate earlierIncidents = new FindEarlierIncidentsDelegate();
    earlierIncidents.variables = variables;
    earlierIncidents.incidents = variables.incidents;
    CheckActionsListener actions = new CheckActionsListener();
    actions.variables = variables;
    CloseIncidentDelegate close = new CloseIncidentDelegate();
    close.variables = variables;
    InvolvedParties involved = new InvolvedParties();
    involved.incidents = variables.incidents;
    ActionTasks actionTasks = new ActionTasks();
    actionTasks.incidents = variables.incidents;
    actionTasks.decisions = decisions;

    return Map.ofEntries(
        Map.entry("incidentsFindCaseManagerDelegate", caseManager),
        Map.entry("incidentsRecordClassificationListener", classification),
        Map.entry("incidentsRecordRecommendationListener", sanctions),
        Map.entry("incidentsFindEarlierIncidentsDelegate", earlierIncidents),
        Map.entry("incidentsCheckActionsListener", actions),
        Map.entry("incidentsCloseIncidentDelegate", close),
        Map.entry("incidentsInvolved", involved),
        Map.entry("incidentsActions", actionTasks),
        Map.entry("incidentsCheckActionDoneListener", new CheckActionDoneListener()),
        Map.entry("workingDays", shippedCalendar()));
  }

  /** The directory's people, found by username or by display name as the platform finds them. */
  private static org.beacon.platform.api.People directory(
      java.util.List<org.beacon.platform.api.Person> people) {
    return (org.beacon.platform.api.People)
        Proxy.newProxyInstance(
            org.beacon.platform.api.People.class.getClassLoader(),
            new Class<?>[] {org.beacon.platform.api.People.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "byUsername":
                  return people.stream().filter(p -> p.username().equals(args[0])).findFirst();
                case "resolve":
                  {
                    java.util.List<org.beacon.platform.api.Person> found =
                        people.stream()
                            .filter(
                                p ->
                                    p.username().equalsIgnoreCase(args[0].toString().trim())
                                        || p.displayName()
                                            .equalsIgnoreCase(args[0].toString().trim()))
                            .toList();
                    return new org.beacon.platform.api.NameMatch(
                        args[0].toString(),
                        found.isEmpty()
                            ? org.beacon.platform.api.NameMatch.Kind.NOBODY
                            : found.size() == 1
                                ? org.beacon.platform.api.NameMatch.Kind.EXACT
                                : org.beacon.platform.api.NameMatch.Kind.AMBIGUOUS,
                        found);
                  }
                default:
                  throw new AssertionError("the steps do not use People." + method.getName());
              }
            });
  }

  /**
   * The school calendar Beacon ships (bank holidays included), as the model's {@code workingDays}.
   */
  public static BankHolidayCalendar shippedCalendar() {
    try (InputStream holidays =
        BankHolidayCalendar.class.getResourceAsStream("/config/bank-holidays.txt")) {
      if (holidays == null) {
        throw new IllegalStateException("the shipped bank holidays are not on the class path");
      }
      return BankHolidayCalendar.read(holidays, "shipped");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A repository that finds the one incident, and the incidents of the log that name a person. */
  private static IncidentRepository holding(Incident incident, java.util.List<Incident> earlier) {
    java.util.List<Incident> log = new java.util.ArrayList<>(earlier);
    log.add(incident);
    return (IncidentRepository)
        Proxy.newProxyInstance(
            IncidentRepository.class.getClassLoader(),
            new Class<?>[] {IncidentRepository.class},
            (proxy, method, args) -> {
              if (method.isDefault()) {
                // change(incident, change): what the interface itself does, without the figures
                return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
              }
              if (method.getName().equals("find")) {
                return Optional.of(incident);
              }
              if (method.getName().equals("involvingPupil")) {
                return log.stream()
                    .filter(i -> i.pupils().stream().anyMatch(p -> p.reference().equals(args[0])))
                    .toList();
              }
              if (method.getName().equals("involvingStaff")) {
                return log.stream()
                    .filter(i -> i.staff().stream().anyMatch(p -> p.reference().equals(args[0])))
                    .toList();
              }
              throw new AssertionError(
                  "the steps do not use IncidentRepository." + method.getName());
            });
  }

  /**
   * Completes the staff branch's category steps (seed 003) still open in the incident, as the head
   * or chair would: for tests about something else that must get past them.
   */
  public static void completeStaffCategorySteps(
      org.camunda.bpm.engine.ProcessEngine engine, String processInstanceId) {
    Map<String, Map<String, Object>> answers =
        Map.of(
            "Task_ReferToLineManager", Map.of("lineManagerReferral", "Passed to the line manager"),
            "Task_GrossMisconduct",
                Map.of("disciplinaryDecision", "Investigation under the disciplinary procedure"),
            "Task_RecordHrReport",
                Map.of("hrReportedTo", "LA HR", "hrReportedOn", new java.util.Date()),
            "Task_ReportMisconductToPolice",
                Map.of(
                    "misconductPoliceReportedBy", "The DSL", "misconductPoliceReference", "POL-1"),
            "Task_SuspendStaffAtOnce",
                Map.of(
                    "instantSuspension",
                    "suspended",
                    "instantSuspensionReasons",
                    "Exceptionally serious"));
    for (var task :
        engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list()) {
      Map<String, Object> values = answers.get(task.getTaskDefinitionKey());
      if (values != null) {
        engine.getFormService().submitTaskForm(task.getId(), values);
      }
    }
  }
}
