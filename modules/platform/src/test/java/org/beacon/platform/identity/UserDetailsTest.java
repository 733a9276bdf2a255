package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserDetailsTest {

  @Test
  void aliasesAreTrimmedAndEachCheckedByItsPosition() {
    UserDetails.Checked ok =
        UserDetails.check(
            "nia", "Nia New", null, List.of("staff"), List.of("  SCHOOL\\nnew ", "nia@school.org"));
    assertThat(ok.details().aliases()).containsExactly("SCHOOL\\nnew", "nia@school.org");

    UserDetails.Checked bad =
        UserDetails.check(
            "nia",
            "Nia New",
            null,
            List.of("staff"),
            List.of("NNew", " ", "nnew", "x".repeat(201)));
    assertThat(bad.problems()).containsOnlyKeys("aliases[1]", "aliases[2]", "aliases[3]");
    assertThat(bad.problems().get("aliases[2]")).contains("twice");
  }

  @Test
  void theSameAliasOnTwoPeopleIsRefusedNamingTheField() {
    List<NameClashes.Other> others =
        List.of(new NameClashes.Other("dsl", List.of("SCHOOL\\dlead")));
    assertThat(NameClashes.of("nia", List.of("nnew", "school\\DLEAD"), others))
        .containsOnlyKeys("aliases[1]");
    assertThat(NameClashes.of("nia", List.of("DSL"), others)).containsOnlyKeys("aliases[0]");
    assertThat(NameClashes.of("dsl", List.of("SCHOOL\\dlead"), others)).isEmpty();
  }

  @Test
  void usernamesRolesAndEmailAreChecked() {
    UserDetails.Checked bad =
        UserDetails.check("Me Too", "", "nope", List.of("teacher"), List.of());
    assertThat(bad.problems()).containsOnlyKeys("username", "displayName", "email", "roles");
    assertThat(UserDetails.check("me", "M", null, List.of(), null).problems())
        .containsOnlyKeys("username", "roles");
  }

  @Test
  void passwordsFollowThePasswordRulesAndTemporaryOnesAreReadable() {
    assertThat(PasswordRules.problems("short-one", "sam")).isNotEmpty();
    assertThat(PasswordRules.problems("copper kettle lantern", "sam")).isEmpty();
    String temporary = TemporaryPassword.generate();
    assertThat(temporary).matches("([A-HJKMNP-Z2-9]{4}-){3}[A-HJKMNP-Z2-9]{4}");
    assertThat(PasswordRules.problems(temporary, "sam")).isEmpty();
  }
}
