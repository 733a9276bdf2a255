package org.beacon.allegations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.beacon.allegations.InMemoryAllegations;
import org.beacon.allegations.RecordingAuditLog;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.application.AllegationRecords.Filter;
import org.beacon.allegations.domain.AccusedStaff;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationSource;
import org.beacon.allegations.domain.AllegationStatus;
import org.beacon.allegations.domain.Reporter;
import org.beacon.allegations.domain.StaffRole;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.Role;
import org.beacon.platform.identity.PeopleSnapshot;
import org.beacon.platform.people.InMemoryCaseParties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lists, searches and reads, role by role, with every read audited. */
class AllegationRecordsTest {

  private static final Filter ALL = new Filter(null, null, null, null);

  private final InMemoryAllegations allegations = new InMemoryAllegations();
  private final RecordingAuditLog audit = new RecordingAuditLog();
  private final AllegationRecords records = new AllegationRecords();
  private Allegation againstStaff2;
  private Allegation againstHead;

  @BeforeEach
  void setUp() {
    records.allegations = allegations;
    records.parties = new InMemoryCaseParties(PeopleSnapshot.demoSchool());
    records.people = PeopleSnapshot.demoSchool();
    records.access = AllegationAccess.over(records.parties);
    records.audit = audit;
    againstStaff2 =
        allegations.add(
            allegation(
                AccusedStaff.withAccount("staff2", false, StaffRole.SUPPORT_STAFF),
                "2026-03-02T09:00:00Z"));
    againstHead =
        allegations.add(
            allegation(
                AccusedStaff.withAccount("head", true, StaffRole.TEACHER), "2026-03-03T09:00:00Z"));
  }

  private static Allegation allegation(AccusedStaff accused, String raisedAt) {
    Instant at = Instant.parse(raisedAt);
    return new Allegation(
        "staff",
        at,
        AllegationSource.PARENT,
        null,
        null,
        accused,
        new Reporter("A parent", null, null),
        at,
        "What happened",
        List.of(),
        false);
  }

  private static Caller caller(String username, Role role, Role... more) {
    return new Caller(username, EnumSet.of(role, more));
  }

  private List<String> listed(Caller caller, Filter filter) {
    return records.list(caller, filter, 0, 50).stream()
        .map(s -> s.reference() + " " + s.view().toUpperCase(java.util.Locale.ROOT))
        .toList();
  }

  @Test
  void theDslListsEveryCase() {
    assertThat(listed(caller("dsl", Role.DSL), ALL))
        .containsExactly(againstHead.reference() + " FULL", againstStaff2.reference() + " FULL");
  }

  @Test
  void theHeadListsCasesAgainstOtherStaffAndTheChairCasesAgainstTheHead() {
    assertThat(listed(caller("head", Role.HEAD), ALL))
        .containsExactly(againstStaff2.reference() + " FULL");
    assertThat(listed(caller("chair", Role.CHAIR), ALL))
        .containsExactly(againstHead.reference() + " FULL");
  }

  @Test
  void theAccusedNeverListsOrFindsTheCaseAgainstThem() {
    Caller staff2AsDsl = caller("staff2", Role.STAFF, Role.DSL);

    assertThat(listed(staff2AsDsl, ALL)).containsExactly(againstHead.reference() + " FULL");
    assertThat(listed(staff2AsDsl, new Filter(null, "staff2", null, null))).isEmpty();
    assertThatThrownBy(() -> records.get(staff2AsDsl, againstStaff2.reference()))
        .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(404));
    assertThatThrownBy(() -> records.get(staff2AsDsl, String.valueOf(againstStaff2.id())))
        .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(404));
    // Nor anyone else: the database's ids are numbered in order, so an allegation is found by its
    // reference only.
    assertThatThrownBy(
            () -> records.get(caller("dsl", Role.DSL), String.valueOf(againstStaff2.id())))
        .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(404));
  }

  @Test
  void whoeverRecordedItSeesOnlyThatItWasReceived() {
    Caller staff = caller("staff", Role.STAFF);

    assertThat(listed(staff, ALL))
        .containsExactly(
            againstHead.reference() + " RECEIVED", againstStaff2.reference() + " RECEIVED");
    AllegationDetail seen = records.get(staff, againstStaff2.reference());
    assertThat(seen.view()).isEqualTo("received");
    assertThat(seen.status()).isEqualTo("received");
    assertThat(seen.whatHappened()).isNull();
    assertThat(seen.chronology()).isNull();
    assertThat(seen.deadlines()).isNull();
  }

  @Test
  void aSearchOnCaseContentNeverMatchesAReceipt() {
    Caller staff = caller("staff", Role.STAFF);

    assertThat(listed(staff, new Filter(AllegationStatus.RAISED, null, null, null))).isEmpty();
    assertThat(listed(staff, new Filter(null, "staff2", null, null))).isEmpty();
  }

  @Test
  void theDslSearchesByAccusedAndStatus() {
    Caller dsl = caller("dsl", Role.DSL);

    assertThat(listed(dsl, new Filter(null, "STAFF2", null, null)))
        .containsExactly(againstStaff2.reference() + " FULL");
    assertThat(listed(dsl, new Filter(AllegationStatus.CLOSED, null, null, null))).isEmpty();
  }

  @Test
  void governorsAdministratorsAndTechniciansSeeNothing() {
    for (Caller outsider :
        List.of(
            caller("governor", Role.GOVERNOR),
            caller("admin", Role.ADMIN),
            caller("technical", Role.TECHNICAL))) {
      assertThat(listed(outsider, ALL)).as(outsider.username()).isEmpty();
      assertThatThrownBy(() -> records.get(outsider, againstStaff2.reference()))
          .as(outsider.username())
          .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(404));
    }
  }

  @Test
  void everyReadIsAuditedRefusalsIncluded() {
    records.get(caller("dsl", Role.DSL), againstStaff2.reference());
    assertThatThrownBy(() -> records.get(caller("staff2", Role.STAFF), againstStaff2.reference()));
    records.list(caller("head", Role.HEAD), ALL, 0, 50);

    assertThat(audit.entries())
        .extracting(
            RecordingAuditLog.Entry::outcome,
            RecordingAuditLog.Entry::action,
            RecordingAuditLog.Entry::resourceId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("allowed", "read", againstStaff2.reference()),
            org.assertj.core.groups.Tuple.tuple("denied", "read", againstStaff2.reference()),
            org.assertj.core.groups.Tuple.tuple("allowed", "list", null));
  }

  @Test
  void aNameThatMayMeanBothDslsKeepsTheCaseOutOfBothListsWithNoGapInThePage() {
    Allegation againstALead =
        allegations.add(
            allegation(
                AccusedStaff.withoutAccount("Mrs Lead", false, StaffRole.TEACHER),
                "2026-03-04T09:00:00Z"));
    records.parties.name(
        AllegationProcess.KEY, againstALead.reference(), CaseParties.Part.SUBJECT, "Mrs Lead");

    assertThat(records.list(caller("dsl", Role.DSL), ALL, 0, 2))
        .extracting(AllegationSummary::reference)
        .containsExactly(againstHead.reference(), againstStaff2.reference());
    assertThat(listed(caller("dsl2", Role.DSL), ALL))
        .doesNotContain(againstALead.reference() + " FULL");
    assertThat(listed(caller("head", Role.HEAD), ALL)).contains(againstALead.reference() + " FULL");
  }
}
