package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchoolIdentityTest {

  @Test
  void claimsAreTriedInTheSchoolsOrderAndBlanksNameNobody() {
    Map<String, Object> claims =
        Map.of("email", " ", "preferred_username", "jo@school.org", "upn", "jo@school.org");
    assertThat(SchoolIdentity.candidates(claims, SchoolSignInSettings.DEFAULT_CLAIMS))
        .extracting(SchoolIdentity.Claimed::toString)
        .containsExactly("preferred_username=jo@school.org", "upn=jo@school.org");
  }

  @Test
  void anEmailTheProviderHasNotVerifiedNamesNobody() {
    assertThat(
            SchoolIdentity.candidates(
                Map.of("email", "head@school.org", "email_verified", false), List.of("email")))
        .isEmpty();
    assertThat(
            SchoolIdentity.candidates(
                Map.of("email", "head@school.org", "email_verified", "false"), List.of("email")))
        .isEmpty();
    assertThat(
            SchoolIdentity.candidates(
                Map.of("email", "head@school.org", "email_verified", true), List.of("email")))
        .extracting(SchoolIdentity.Claimed::value)
        .containsExactly("head@school.org");
    // Entra ID sends no email_verified at all: the tenant's own addresses are its to vouch for.
    assertThat(SchoolIdentity.candidates(Map.of("email", "head@school.org"), List.of("email")))
        .hasSize(1);
  }

  @Test
  void onlyTheConfiguredClaimIsReadWhenTheSchoolNamesOne() {
    Map<String, Object> claims = Map.of("email", "jo@school.org", "employee_id", "T0042");
    assertThat(SchoolIdentity.candidates(claims, List.of("employee_id")))
        .extracting(SchoolIdentity.Claimed::toString)
        .containsExactly("employee_id=T0042");
  }

  @Test
  void theProvidersMultiFactorSignInIsASecondFactorAndAPasswordAloneIsNot() {
    assertThat(SchoolIdentity.multiFactor(List.of("pwd", "mfa"))).isTrue();
    assertThat(SchoolIdentity.multiFactor(List.of("pwd", "OTP"))).isTrue();
    assertThat(SchoolIdentity.multiFactor(List.of("hwk"))).isTrue();
    assertThat(SchoolIdentity.multiFactor(List.of("pwd"))).isFalse();
    assertThat(SchoolIdentity.multiFactor(null)).isFalse();
    assertThat(SchoolIdentity.multiFactor("mfa")).as("amr is an array, not a string").isFalse();
  }

  @Test
  void theButtonNamesMicrosoftAndGoogleFromTheirIssuers() {
    assertThat(
            SchoolSignInSettings.nameOf(
                URI.create("https://login.microsoftonline.com/0b1c-tenant/v2.0")))
        .isEqualTo("Microsoft");
    assertThat(SchoolSignInSettings.nameOf(URI.create("https://accounts.google.com")))
        .isEqualTo("Google");
    assertThat(SchoolSignInSettings.nameOf(URI.create("http://localhost:8180/school")))
        .isEqualTo("your school account");
  }

  @Test
  void theRefusalPageEscapesWhatTheProviderSent() {
    assertThat(SignInRefusalPage.escape("<script>alert('x')</script> & \"more\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;");
  }
}
