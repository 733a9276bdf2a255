package org.beacon.records.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Role;
import org.beacon.records.InMemory;
import org.beacon.records.application.PhotoConsents.ConsentForm;
import org.beacon.records.application.PhotoConsents.ConsentView;
import org.beacon.records.application.PhotoConsents.OptOut;
import org.beacon.records.application.PhotoConsents.Withdrawal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The office records parents' photo consent; every member of staff reads the opt-out list. */
class PhotoConsentsTest {

  private static final Caller OFFICE = new Caller("office", Set.of(Role.OFFICE));
  private static final Caller STAFF = new Caller("staff", Set.of(Role.STAFF));

  private InMemory store;
  private PhotoConsents consents;

  @BeforeEach
  void wire() {
    store = new InMemory();
    consents = Wiring.photoConsents(store);
    store.pupil(new Pupil("P-0042", "Year 4", LocalDate.of(2017, 5, 1), null));
    store.pupil(new Pupil("P-0050", "Year 4", LocalDate.of(2017, 6, 1), null));
    store.pupil(new Pupil("P-0077", "Year 6", LocalDate.of(2015, 6, 1), null));
    store.pupil(new Pupil("P-0001", "Year 4", LocalDate.of(2017, 6, 1), LocalDate.of(2020, 7, 20)));
  }

  private static Map<String, Boolean> answers(boolean website) {
    Map<String, Boolean> uses =
        new HashMap<>(Map.of("prospectus", true, "video", true, "media", true, "newsletter", true));
    uses.put("website", website);
    return uses;
  }

  @Test
  void aParentRefusingWebsiteUsePutsThePupilOnTheOptOutListForWebsiteUse() {
    consents.record(OFFICE, new ConsentForm("P-0042", answers(false), "Mrs Parent", "2026-09-04"));
    consents.record(OFFICE, new ConsentForm("P-0050", answers(true), "Mr Parent", "2026-09-04"));

    assertThat(consents.optOuts(STAFF, "Year 4"))
        .containsExactly(new OptOut("P-0042", "Year 4", java.util.List.of("website")));
    // No form: nothing consented. Leavers are not listed.
    assertThat(consents.optOuts(STAFF, null))
        .extracting(OptOut::pupilReference)
        .containsExactly("P-0042", "P-0077");
    assertThat(consents.optOuts(STAFF, "6"))
        .singleElement()
        .satisfies(
            o ->
                assertThat(o.refused())
                    .containsExactly("prospectus", "website", "video", "media", "newsletter"));
  }

  @Test
  void aWithdrawalAtAnyTimeRefusesEveryUse() {
    ConsentView consent =
        consents.record(
            OFFICE, new ConsentForm("P-0050", answers(true), "Mr Parent", "2026-09-04"));
    assertThat(consents.optOuts(STAFF, "Year 4"))
        .extracting(OptOut::pupilReference)
        .containsExactly("P-0042");

    consents.withdraw(OFFICE, consent.id(), new Withdrawal(null));

    assertThat(consents.optOuts(STAFF, "Year 4"))
        .extracting(OptOut::pupilReference)
        .containsExactly("P-0042", "P-0050");
    assertThat(consents.forPupil(OFFICE, "p-0050").refused()).hasSize(5);
  }

  @Test
  void onlyStaffReadTheOptOutsAndOnlyTheOfficeTheDslAndTheHeadRecordForms() {
    for (Role role : new Role[] {Role.GOVERNOR, Role.ADMIN}) {
      assertThatThrownBy(() -> consents.optOuts(new Caller("x", Set.of(role)), null))
          .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(403));
    }
    assertThat(consents.optOuts(OFFICE, null)).isNotEmpty();
    assertThatThrownBy(
            () ->
                consents.record(
                    STAFF, new ConsentForm("P-0042", answers(true), "Mrs Parent", "2026-09-04")))
        .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(403));
    assertThatThrownBy(() -> consents.forPupil(STAFF, "P-0042"))
        .isInstanceOfSatisfying(BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(403));
    assertThat(store.consents).isEmpty();
    assertThat(store.audit).filteredOn(l -> l.startsWith("denied")).hasSize(4);
  }

  @Test
  void anIncompleteFormIsRefusedFieldByFieldAndNothingIsStored() {
    Map<String, Boolean> partial = new HashMap<>(Map.of("website", false, "selfies", true));
    assertThatThrownBy(
            () -> consents.record(OFFICE, new ConsentForm("P-9999", partial, "", "2099-01-01")))
        .isInstanceOfSatisfying(
            BeaconProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(400);
              assertThat(p.fields())
                  .containsOnlyKeys(
                      "pupilReference",
                      "answeredBy",
                      "answeredOn",
                      "uses.prospectus",
                      "uses.video",
                      "uses.media",
                      "uses.newsletter",
                      "uses.selfies");
            });
    assertThat(store.consents).isEmpty();
  }
}
