package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.beacon.platform.api.NameMatch;
import org.beacon.platform.api.NameMatch.Kind;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.Role;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  private final PeopleSnapshot demo = PeopleSnapshot.demoSchool();

  @Test
  void aDisplayNameTypedInLowerCaseIsThePersonExactly() {
    NameMatch match = demo.resolve("dana lead");
    assertThat(match.kind()).isEqualTo(Kind.EXACT);
    assertThat(match.people()).extracting(Person::username).containsExactly("dsl");
  }

  @Test
  void caseAccentsSpacingTitlesAndWordOrderDoNotMatter() {
    PeopleSnapshot school =
        PeopleSnapshot.of(List.of(new Person(1, "cnunez", "Chloé  Núñez", EnumSet.of(Role.STAFF))));
    assertThat(school.resolve("  CHLOE nunez ").kind()).isEqualTo(Kind.EXACT);
    assertThat(school.resolve("Nunez, Chloe").kind()).isEqualTo(Kind.EXACT);
    assertThat(school.resolve("Ms Chloe Nunez").kind()).isEqualTo(Kind.EXACT);
    assertThat(school.resolve("CNUNEZ").kind()).isEqualTo(Kind.EXACT);
  }

  @Test
  void aNetworkAccountIsThePersonByAlias() {
    assertThat(demo.resolve("DEMO\\dlead").people())
        .extracting(Person::username)
        .containsExactly("dsl");
    assertThat(demo.resolve("dlead@demo.school").kind()).isEqualTo(Kind.EXACT);
  }

  @Test
  void aNetworkAccountOfAnotherDomainMatchesOnlyLoosely() {
    NameMatch match = demo.resolve("OTHERDOMAIN\\dlead");
    assertThat(match.kind()).isEqualTo(Kind.LOOSE);
    assertThat(match.people()).extracting(Person::username).containsExactly("dsl");
    assertThat(demo.resolve("head@other.org").people())
        .extracting(Person::username)
        .containsExactly("head");
  }

  @Test
  void aSurnameSharedByTwoPeopleNamesBothLooselyAndNeedsReview() {
    NameMatch match = demo.resolve("Mrs Lead");
    assertThat(match.kind()).isEqualTo(Kind.LOOSE);
    assertThat(match.needsReview()).isTrue();
    assertThat(match.people())
        .extracting(Person::username)
        .containsExactlyInAnyOrder("dsl", "dsl2");
    assertThat(match.roles()).containsExactly(Role.DSL);
  }

  @Test
  void twoPeopleWithOneNameAreAmbiguous() {
    PeopleSnapshot school =
        PeopleSnapshot.of(
            List.of(
                new Person(1, "ssmith", "Sam Smith", EnumSet.of(Role.STAFF)),
                new Person(2, "ssmith2", "Sam Smith", EnumSet.of(Role.HEAD))));
    NameMatch match = school.resolve("sam smith");
    assertThat(match.kind()).isEqualTo(Kind.AMBIGUOUS);
    assertThat(match.personIds()).containsExactlyInAnyOrder(1L, 2L);
    assertThat(match.roles()).contains(Role.HEAD);
  }

  @Test
  void aNameOfSomeoneWithoutAnAccountStaysAName() {
    NameMatch match = demo.resolve("Pat Supply");
    assertThat(match.kind()).isEqualTo(Kind.NOBODY);
    assertThat(match.people()).isEmpty();
    assertThat(match.needsReview()).isFalse();
    assertThat(demo.resolve("   ").kind()).isEqualTo(Kind.NOBODY);
  }

  @Test
  void demoUsersHavePlainPersonalNames() {
    assertThat(demo.byUsername("dsl")).map(Person::displayName).contains("Dana Lead");
    assertThat(demo.byUsername("head")).map(Person::displayName).contains("Harriet Head");
  }
}
