package org.beacon.allegations.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.beacon.allegations.InMemoryAllegations;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.AccusedStaff;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationSource;
import org.beacon.allegations.domain.Reporter;
import org.beacon.allegations.domain.StaffRole;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.Role;
import org.beacon.platform.identity.PeopleSnapshot;
import org.beacon.platform.people.InMemoryCaseParties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Need to know, role by role: who sees an allegation, how much, and whose tasks are hidden. */
class AllegationAccessTest {

  private final InMemoryCaseParties parties = new InMemoryCaseParties(PeopleSnapshot.demoSchool());
  private final AllegationAccess access = AllegationAccess.over(parties);
  private final InMemoryAllegations allegations = new InMemoryAllegations();

  /** Against staff2, recorded by staff. */
  private final Allegation againstStaff2 =
      allegations.add(
          allegation(AccusedStaff.withAccount("staff2", false, StaffRole.SUPPORT_STAFF)));

  /** Against the head, recorded by staff. */
  private final Allegation againstHead =
      allegations.add(allegation(AccusedStaff.withAccount("head", true, StaffRole.TEACHER)));

  private static Allegation allegation(AccusedStaff accused) {
    Instant now = Instant.parse("2026-03-02T09:00:00Z");
    return new Allegation(
        "staff",
        now,
        AllegationSource.PARENT,
        null,
        null,
        accused,
        new Reporter("A parent", null, null),
        now,
        "What happened",
        List.of(),
        false);
  }

  private static Caller caller(String username, Role... roles) {
    return new Caller(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
  }

  @ParameterizedTest(name = "{0} ({1}): {2}")
  @CsvSource({
    "dsl, DSL, FULL",
    "dsl2, DSL, FULL",
    "head, HEAD, FULL",
    "chair, CHAIR, NONE",
    "staff, STAFF, RECEIVED",
    "staff2, STAFF, NONE",
    "technical, TECHNICAL, NONE",
    "governor, GOVERNOR, NONE",
    "admin, ADMIN, NONE"
  })
  void anAllegationAgainstStaff(String username, Role role, AllegationView expected) {
    assertThat(access.viewFor(caller(username, role), againstStaff2)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ({1}): {2}")
  @CsvSource({
    "dsl, DSL, FULL",
    "chair, CHAIR, FULL",
    "head, HEAD, NONE",
    "deputy, HEAD, NONE",
    "staff, STAFF, RECEIVED",
    "staff2, STAFF, NONE",
    "governor, GOVERNOR, NONE",
    "admin, ADMIN, NONE"
  })
  void anAllegationAgainstTheHead(String username, Role role, AllegationView expected) {
    assertThat(access.viewFor(caller(username, role), againstHead)).isEqualTo(expected);
  }

  @Test
  void theAccusedSeesNothingWhateverRolesTheyHold() {
    Caller staff2WithEveryRole =
        caller("staff2", Role.STAFF, Role.DSL, Role.HEAD, Role.CHAIR, Role.ADMIN);

    assertThat(access.viewFor(staff2WithEveryRole, againstStaff2)).isEqualTo(AllegationView.NONE);
    assertThat(access.excludedFromCase(staff2WithEveryRole, againstStaff2)).isTrue();
  }

  @Test
  void theAccusedHeadSeesNothingEvenAsDsl() {
    Caller headAsDsl = caller("head", Role.HEAD, Role.DSL);

    assertThat(access.viewFor(headAsDsl, againstHead)).isEqualTo(AllegationView.NONE);
    assertThat(access.viewFor(headAsDsl, againstStaff2)).isEqualTo(AllegationView.FULL);
  }

  @Test
  void anotherHeadWhoIsAlsoTheDslKeepsTheDslsAccessWhenTheHeadIsAccused() {
    assertThat(access.viewFor(caller("exechead", Role.HEAD, Role.DSL), againstHead))
        .isEqualTo(AllegationView.FULL);
    assertThat(access.excludedFromCase(caller("deputy", Role.HEAD), againstHead)).isTrue();
  }

  @Test
  void theCaseManagerIsTheHeadOrTheChair() {
    assertThat(AllegationAccess.caseManager(false)).isEqualTo(Role.HEAD);
    assertThat(AllegationAccess.caseManager(true)).isEqualTo(Role.CHAIR);
  }

  @Test
  void theTaskRuleHidesTheCasesTasksFromTheAccusedAndTheAccusedHead() {
    AllegationTaskAccess tasks = new AllegationTaskAccess();
    tasks.allegations = allegations;
    tasks.access = access;
    String key = AllegationProcess.KEY;

    assertThat(tasks.excludes(caller("staff2", Role.DSL), key, againstStaff2.reference())).isTrue();
    assertThat(tasks.excludes(caller("dsl", Role.DSL), key, againstStaff2.reference())).isFalse();
    assertThat(tasks.excludes(caller("head", Role.HEAD), key, againstHead.reference())).isTrue();
    assertThat(tasks.excludes(caller("chair", Role.CHAIR), key, againstHead.reference())).isFalse();
    // The escalation of an overdue referral is offered to the chair on every case.
    assertThat(tasks.excludes(caller("chair", Role.CHAIR), key, againstStaff2.reference()))
        .isFalse();
  }

  @Test
  void theTaskRuleHidesTasksOfCasesItCannotFindAndLeavesOtherProcessesAlone() {
    AllegationTaskAccess tasks = new AllegationTaskAccess();
    tasks.allegations = allegations;
    tasks.access = access;

    assertThat(tasks.excludes(caller("dsl", Role.DSL), AllegationProcess.KEY, null)).isTrue();
    assertThat(tasks.excludes(caller("dsl", Role.DSL), AllegationProcess.KEY, "ALG-1999-9999"))
        .isTrue();
    assertThat(
            tasks.excludes(
                caller("staff2", Role.DSL), "IncidentResponseProcess", againstStaff2.reference()))
        .isFalse();
  }

  @Test
  void aDslAccusedByTheirNameInLowerCaseSeesNothingAndTheOtherDslAndTheHeadDo() {
    Allegation againstDana =
        allegations.add(
            allegation(AccusedStaff.withoutAccount("dana lead", false, StaffRole.TEACHER)));
    parties.name(
        AllegationProcess.KEY, againstDana.reference(), CaseParties.Part.SUBJECT, "dana lead");

    assertThat(access.viewFor(caller("dsl", Role.DSL), againstDana)).isEqualTo(AllegationView.NONE);
    assertThat(access.excludedFromCase(caller("dsl", Role.DSL), againstDana)).isTrue();
    assertThat(access.viewFor(caller("dsl2", Role.DSL), againstDana))
        .isEqualTo(AllegationView.FULL);
    assertThat(access.viewFor(caller("head", Role.HEAD), againstDana))
        .isEqualTo(AllegationView.FULL);
  }

  @Test
  void aRoleStandingInOnACaseManagesIt() {
    parties.standIn(AllegationProcess.KEY, againstStaff2.reference(), Role.CHAIR);
    assertThat(access.viewFor(caller("chair", Role.CHAIR), againstStaff2))
        .isEqualTo(AllegationView.FULL);
  }
}
