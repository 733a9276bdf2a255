package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  @Test
  void aLongUncommonPasswordHasNoProblems() {
    assertThat(PasswordRules.problems("lantern orchard kettle 42", "head")).isEmpty();
  }

  @Test
  void theAdminPasswordLaunchItStartsWithIsAccepted() {
    assertThat(PasswordRules.problems("correct-horse-battery", "admin")).isEmpty();
  }

  @Test
  void elevenCharactersAreTooFewAndTwelveAreEnough() {
    assertThat(PasswordRules.problems("zq8-vkt-3mw", "head"))
        .singleElement()
        .asString()
        .contains("at least 12");
    assertThat(PasswordRules.problems("zq8-vkt-3mwp", "head")).isEmpty();
  }

  @Test
  void moreThan128CharactersAreRefused() {
    assertThat(PasswordRules.problems("lantern-".repeat(16), "head")).isEmpty();
    assertThat(PasswordRules.problems("lantern-".repeat(16) + "x", "head"))
        .singleElement()
        .asString()
        .contains("at most 128");
  }

  @Test
  void aCommonPasswordOfTwelveCharactersIsRefusedWhateverItsCase() {
    assertThat(PasswordRules.problems("qwerty123456", "head"))
        .singleElement()
        .asString()
        .contains("most common");
    assertThat(PasswordRules.problems("1QAZ2WSX3EDC", "head"))
        .singleElement()
        .asString()
        .contains("most common");
  }

  @Test
  void aCommonPasswordWithDigitsOrSymbolsOnTheEndIsRefused() {
    assertThat(PasswordRules.problems("password2024!!", "head"))
        .singleElement()
        .asString()
        .contains("most common");
    assertThat(PasswordRules.problems("sunshine123456", "head"))
        .singleElement()
        .asString()
        .contains("most common");
  }

  @Test
  void theListShipsTenThousandPasswords() {
    assertThat(PasswordRules.isCommon("123456")).isTrue();
    assertThat(PasswordRules.isCommon("password")).isTrue();
    assertThat(PasswordRules.isCommon("lantern orchard kettle")).isFalse();
  }

  @Test
  void theUsernameInsideThePasswordIsRefused() {
    assertThat(PasswordRules.problems("Harriet-HEADTEACHER-2026", "headteacher"))
        .singleElement()
        .asString()
        .contains("username");
  }

  @Test
  void oneRepeatedCharacterIsRefused() {
    assertThat(PasswordRules.problems("zzzzzzzzzzzzzzzz", "head"))
        .anyMatch(p -> p.contains("repeat"));
  }

  @Test
  void noProblemEverRepeatsThePassword() {
    String password = "qwerty123456";
    assertThat(PasswordRules.problems(password, "head")).noneMatch(p -> p.contains(password));
  }

  @Test
  void anEmptyPasswordIsOneProblem() {
    assertThat(PasswordRules.problems("", "head")).hasSize(1);
    assertThat(PasswordRules.problems(null, "head")).hasSize(1);
  }
}
