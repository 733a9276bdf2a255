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
 * process test can run the real classification, sanction lookup, action check, action tasks and close without a
 * container or a database of incidents.
 */
public final class ResponseSteps {

  private ResponseSteps() {}

  /**
   * The steps on the flow's path, by the bean names the model uses (for {@code Mocks.register});
   * whatever incident id the process carries finds {@code incident}, and the log holds no earlier one.
   */
  public static Map<String, Object> on(
      Incident incident, DecisionService decisions, org.camunda.bpm.engine.RepositoryService repository) {
    return on(incident, decisions, repository, java.util.List.of());
  }

  /** As above, with {@code earlier} incidents in the log beside it (stored ones: they have ids). */
  public static Map<String, Object> on(
      Incident incident,
      DecisionService decisions,
      org.camunda.bpm.engine.RepositoryService repository,
      java.util.List<Incident> earlier) {
    IncidentVariables variables = new IncidentVariables();
    variables.incidents = holding(incident, earlier);

    RecordClassificationListener classification = new RecordClassificationListener();
    classification.variables = variables;
    RecordRecommendationListener sanctions = new RecordRecommendationListener();
    sanctions.repository = repository;
    sanctions.variables = variables;
    FindEarlierIncidentsDelegate earlierIncidents = new FindEarlierIncidentsDelegate();
    earlierIncidents.variables = variables;
    CheckActionsListener actions = new CheckActionsListener();
    actions.variables = variables;
    CloseIncidentDelegate close = new CloseIncidentDelegate();
    close.variables = variables;
    InvolvedParties involved = new InvolvedParties();
    involved.incidents = variables.incidents;
    ActionTasks actionTasks = new ActionTasks();
    actionTasks.incidents = variables.incidents;
    actionTasks.decisions = decisions;

    return Map.of(
        "incidentsRecordClassificationListener", classification,
        "incidentsRecordRecommendationListener", sanctions,
        "incidentsFindEarlierIncidentsDelegate", earlierIncidents,
        "incidentsCheckActionsListener", actions,
        "incidentsCloseIncidentDelegate", close,
        "incidentsInvolved", involved,
        "incidentsActions", actionTasks,
        "incidentsCheckActionDoneListener", new CheckActionDoneListener(),
        "workingDays", shippedCalendar());
  }

  /** The school calendar Beacon ships (bank holidays included), as the model's {@code workingDays}. */
  public static BankHolidayCalendar shippedCalendar() {
    try (InputStream holidays = BankHolidayCalendar.class.getResourceAsStream("/config/bank-holidays.txt")) {
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
              if (method.getName().equals("find")) {
                return Optional.of(incident);
              }
              if (method.getName().equals("involvingPupil")) {
                return log.stream().filter(i -> i.pupils().stream().anyMatch(p -> p.reference().equals(args[0]))).toList();
              }
              if (method.getName().equals("involvingStaff")) {
                return log.stream().filter(i -> i.staff().stream().anyMatch(p -> p.reference().equals(args[0]))).toList();
              }
              throw new AssertionError("the steps do not use IncidentRepository." + method.getName());
            });
  }
}
