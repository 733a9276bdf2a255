package org.beacon.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.beacon.platform.api.DemoCases;
import org.beacon.platform.api.DemoTerm;
import org.beacon.platform.api.SchoolTime;
import org.beacon.platform.identity.Directory;
import org.beacon.platform.pupils.PupilRegister;
import org.beacon.platform.tasks.HumanTasks;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;

/**
 * The demo school's term of cases, made once: at the first start with demo cases on, the demo
 * pupils go into the pupil register and every module's {@link DemoCases} makes its cases through
 * its own services. A marker in the engine's property table keeps a restart from making them again.
 */
@ApplicationScoped
public class DemoSchoolCases {

  /** The engine property that says the demo cases were made, and on which day. */
  static final String MARKER = "beacon.demo-cases";

  private static final Logger LOG = Logger.getLogger(DemoSchoolCases.class.getName());

  @Inject @Any Instance<DemoCases> modules;
  @Inject ManagementService management;
  @Inject PupilRegister pupils;
  @Inject Directory directory;
  @Inject TaskService taskService;
  @Inject HumanTasks tasks;

  /**
   * Makes the cases unless the marker says they were made. The marker is set first: a start that
   * fails half-way leaves a log line saying so, not a second set of cases at the next start.
   *
   * @return whether cases were made by this call
   */
  public boolean ensure() {
    if (management.getProperties().containsKey(MARKER)) {
      LOG.info("Demo cases were made at an earlier start: none added");
      return false;
    }
    LocalDate today = SchoolTime.dayOf(Instant.now());
    management.setProperty(MARKER, today.toString());
    pupils.importFile(register(today).getBytes(StandardCharsets.UTF_8), false);
    DemoTerm term = new DemoSchoolTerm(today, directory, taskService, tasks);
    List<DemoCases> ordered =
        modules.stream().sorted(Comparator.comparingInt(DemoCases::order)).toList();
    for (DemoCases cases : ordered) {
      try {
        cases.create(term);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "The demo cases of "
                + cases.getClass().getSimpleName()
                + " could not be made: "
                + e.getMessage(),
            e);
      }
    }
    LOG.info(
        () ->
            "Demo school: a term of fictional cases made by "
                + ordered.size()
                + " module(s), dated up to "
                + today);
    return true;
  }

  /**
   * The demo pupils as a register file (references and year groups only, as every pupil Beacon
   * keeps): P-0001 in Year 7 to P-0012 in Year 11, born to fit their year.
   */
  static String register(LocalDate today) {
    StringBuilder csv = new StringBuilder("reference,yearGroup,dateOfBirth\n");
    // The school year that starts on 1 September of this year (or the last one, before September).
    int schoolYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    for (int i = 0; i < DemoTerm.PUPILS.size(); i++) {
      String yearGroup = DemoTerm.yearGroupOf(DemoTerm.PUPILS.get(i));
      int year = Integer.parseInt(yearGroup.substring("Year ".length()));
      // Year 7 pupils turn 12 during the school year: born September (schoolYear - 12) to August.
      LocalDate born = LocalDate.of(schoolYear - year - 5, 9, 1).plusDays(29L * i + 11);
      csv.append(DemoTerm.PUPILS.get(i))
          .append(',')
          .append(yearGroup)
          .append(',')
          .append(born)
          .append('\n');
    }
    return csv.toString();
  }
}
