package org.beacon.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beacon.platform.api.CaseStatistics;
import org.beacon.platform.api.Person;
import org.beacon.records.domain.AgreementRepository;
import org.beacon.records.domain.AgreementType;
import org.beacon.records.domain.Audience;
import org.beacon.records.domain.TrainingCourse;
import org.beacon.records.domain.TrainingRecord;

/**
 * The school records' figures for the governors' dashboard and reports, without names: how many
 * members of staff have signed the current version of each staff agreement, and how many hold
 * current training on each course. Signatures are counted as they stand when asked; training as
 * valid on the period's last day. They are a state, not cases raised within the period.
 */
@ApplicationScoped
public class RecordsStatistics implements CaseStatistics {

  @Inject AgreementRepository agreements;
  @Inject Agreements agreementUseCases;
  @Inject Training training;

  @Override
  public String module() {
    return "records";
  }

  @Override
  public Figures figures(Period period) {
    List<Person> staff = agreementUseCases.membersOfStaff();
    List<String> usernames = staff.stream().map(Person::username).toList();
    List<Count> counts = new ArrayList<>();
    for (AgreementType type : agreements.types()) {
      if (type.audience() != Audience.STAFF || type.currentVersion() == 0) {
        continue;
      }
      Set<String> signed = agreements.signedBy(type.code(), type.currentVersion(), usernames);
      counts.add(new Count(camel(type.code()) + "Signed", "signed", signed.size()));
      counts.add(
          new Count(camel(type.code()) + "Signed", "notSigned", usernames.size() - signed.size()));
    }
    LocalDate end = org.beacon.platform.api.SchoolTime.lastDayBefore(period.to());
    Map<String, TrainingRecord> latest = training.latest();
    for (TrainingCourse course : training.allCourses()) {
      long current = 0;
      long required = 0;
      for (Person person : staff) {
        if (!Training.requiredOf(person, course)) {
          continue;
        }
        required++;
        TrainingRecord record = latest.get(person.username() + "|" + course.code());
        if (record != null && record.validOn(end)) {
          current++;
        }
      }
      counts.add(
          new Count("training" + capital(camel(course.code())) + "Current", "current", current));
      counts.add(
          new Count(
              "training" + capital(camel(course.code())) + "Current",
              "notCurrent",
              required - current));
    }
    return new Figures(module(), counts, List.of(), List.of());
  }

  /**
   * {@code staff-aup} becomes {@code staffAup}: a measure's name, which the dashboard splits into
   * words.
   */
  static String camel(String code) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : code.toCharArray()) {
      if (c == '-' || c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static String capital(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
