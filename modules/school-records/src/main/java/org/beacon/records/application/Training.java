package org.beacon.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.Role;
import org.beacon.platform.api.SchoolTime;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.domain.TrainingCourse;
import org.beacon.records.domain.TrainingRecord;
import org.beacon.records.domain.TrainingRepository;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Training: courses with a validity, a record per person, reminders four weeks before a record
 * expires, and the DSL's gap report.
 */
@ApplicationScoped
public class Training {

  static final String TRAINING = "training";

  /** The course everyone takes every year, and the one only DSLs need. */
  static final String AWARENESS = "esafety-awareness";

  static final String DSL_COURSE = "dsl";

  @Inject TrainingRepository repository;
  @Inject People people;
  @Inject AuditLog audit;
  @Inject RuntimeService runtimeService;
  @Inject Agreements agreements;

  /**
   * Training to record: whose (the caller's own when absent), which course, when, by whom, the
   * evidence.
   */
  public record NewTraining(
      String username, String course, String completedOn, String provider, String evidence) {}

  public record CourseView(String code, String title, int validityMonths) {}

  public record TrainingView(
      long id,
      String username,
      String course,
      String courseTitle,
      LocalDate completedOn,
      LocalDate expiresOn,
      String provider,
      String evidence,
      boolean current) {}

  /**
   * A gap: a member of staff whose training on a course is missing or expired (or expires within
   * the reminder's four weeks).
   */
  public record Gap(
      String username, String name, String course, String status, LocalDate expiresOn) {}

  public List<CourseView> courses() {
    return repository.courses().stream()
        .map(c -> new CourseView(c.code(), c.title(), c.validityMonths()))
        .toList();
  }

  /** Records training; anyone records their own, the office, the DSL and the head anyone's. */
  @Transactional
  public TrainingView record(Caller caller, NewTraining training) {
    RecordsAccess.requireStaff(caller, audit, "record", TRAINING);
    if (training == null) {
      throw BeaconProblem.invalid("Send the training's details", Map.of("course", "is required"));
    }
    Map<String, String> problems = new TreeMap<>();
    String username =
        training.username() == null || training.username().isBlank()
            ? caller.username()
            : training.username().trim();
    if (!username.equals(caller.username())) {
      RecordsAccess.require(
          caller,
          audit,
          "record",
          TRAINING,
          "You record your own training only",
          RecordsAccess.RECORD_KEEPERS);
      if (people.byUsername(username).isEmpty()) {
        problems.put("username", "is nobody in the directory");
      }
    }
    String code = Fields.required(problems, "course", training.course(), 40);
    Optional<TrainingCourse> course = code == null ? Optional.empty() : repository.course(code);
    if (code != null && course.isEmpty()) {
      problems.put("course", "is not a course");
    }
    LocalDate completedOn =
        Fields.pastDate(problems, "completedOn", training.completedOn(), ProcessVariables.today());
    String provider = Fields.required(problems, "provider", training.provider(), 200);
    String evidence = Fields.optional(problems, "evidence", training.evidence(), 500);
    Fields.check("The training cannot be recorded", problems);

    TrainingRecord record =
        repository.add(
            new TrainingRecord(
                username,
                course.get(),
                completedOn,
                provider,
                evidence,
                caller.username(),
                ProcessVariables.now()));
    remind(record, course.get());
    audit.allowed("record", TRAINING, record.reference(), username + " " + code);
    return view(record, course.get(), ProcessVariables.today());
  }

  /**
   * Starts the record's reminder, four weeks before it expires; an older record of the same person
   * and course stops reminding (its flow ends on the renewal message).
   */
  private void remind(TrainingRecord record, TrainingCourse course) {
    String key = record.username() + "|" + course.code();
    runtimeService
        .createMessageCorrelation(RecordsProcesses.MSG_TRAINING_RENEWED)
        .processInstanceVariableEquals(RecordsProcesses.TRAINING_KEY, key)
        .correlateAll();
    if (!record.expiresOn().isAfter(ProcessVariables.today())) {
      return; // recorded after it expired: nothing to remind of, it shows in the gap report
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(RecordsProcesses.TRAINEE, record.username());
    variables.put(RecordsProcesses.COURSE_TITLE, course.title());
    variables.put(RecordsProcesses.TRAINING_KEY, key);
    variables.put(
        RecordsProcesses.REMIND_AT,
        Date.from(SchoolTime.startOf(record.remindOn()).plusSeconds(8 * 3600)));
    variables.put(RecordsProcesses.EXPIRES_ON, Date.from(SchoolTime.startOf(record.expiresOn())));
    runtimeService.startProcessInstanceByKey(
        RecordsProcesses.TRAINING_REMINDER_KEY, record.reference(), variables);
  }

  /** The caller's own training. */
  public List<TrainingView> mine(Caller caller) {
    Map<String, TrainingCourse> courses = byCode();
    LocalDate today = ProcessVariables.today();
    List<TrainingView> mine =
        repository.recordsOf(caller.username()).stream()
            .map(r -> view(r, courses.get(r.courseCode()), today))
            .toList();
    audit.allowed("read", "own-training", caller.username());
    return mine;
  }

  /**
   * For the DSL and the head: who lacks which training, has let it expire, or will within four
   * weeks.
   */
  public List<Gap> gaps(Caller caller) {
    RecordsAccess.require(
        caller,
        audit,
        "read-gaps",
        TRAINING,
        "Only the DSL and the head read the training gaps",
        RecordsAccess.OVERSEERS);
    LocalDate today = ProcessVariables.today();
    Map<String, TrainingRecord> latest = latest();
    List<Gap> gaps = new ArrayList<>();
    for (Person person : agreements.membersOfStaff()) {
      for (TrainingCourse course : repository.courses()) {
        if (!requiredOf(person, course)) {
          continue;
        }
        TrainingRecord record = latest.get(person.username() + "|" + course.code());
        String status = status(record, today);
        if (!status.equals("current")) {
          gaps.add(
              new Gap(
                  person.username(),
                  person.displayName(),
                  course.code(),
                  status,
                  record == null ? null : record.expiresOn()));
        }
      }
    }
    audit.allowed("read-gaps", TRAINING, null, gaps.size() + " gaps");
    return gaps;
  }

  /** The latest record per person and course: what counts now. */
  Map<String, TrainingRecord> latest() {
    Map<String, TrainingRecord> latest = new HashMap<>();
    for (TrainingRecord r : repository.all()) {
      latest.merge(
          r.username() + "|" + r.courseCode(),
          r,
          (a, b) -> a.completedOn().isAfter(b.completedOn()) ? a : b);
    }
    return latest;
  }

  /** DSL training is for DSLs; every other course for every member of staff. */
  static boolean requiredOf(Person person, TrainingCourse course) {
    return !course.code().equals(DSL_COURSE) || person.has(Role.DSL);
  }

  static String status(TrainingRecord record, LocalDate today) {
    if (record == null) {
      return "missing";
    }
    if (!today.isBefore(record.expiresOn())) {
      return "expired";
    }
    return today.isBefore(record.remindOn()) ? "current" : "expiring";
  }

  List<TrainingCourse> allCourses() {
    return repository.courses();
  }

  private Map<String, TrainingCourse> byCode() {
    Map<String, TrainingCourse> courses = new HashMap<>();
    repository.courses().forEach(c -> courses.put(c.code(), c));
    return courses;
  }

  private static TrainingView view(TrainingRecord r, TrainingCourse course, LocalDate today) {
    return new TrainingView(
        r.id() == null ? 0 : r.id(),
        r.username(),
        r.courseCode(),
        course == null ? r.courseCode() : course.title(),
        r.completedOn(),
        r.expiresOn(),
        r.provider(),
        r.evidence(),
        r.validOn(today));
  }
}
