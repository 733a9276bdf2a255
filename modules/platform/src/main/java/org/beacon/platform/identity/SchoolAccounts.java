package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Which directory person a sign-in at the school's identity provider is: the first claim value that
 * is exactly one person's e-mail address or username. Signing in never creates anyone and never
 * gives a role: a person the directory does not know, or has disabled, is refused.
 */
@ApplicationScoped
public class SchoolAccounts {

  /** What the directory made of an ID token. */
  sealed interface Outcome {}

  /** An enabled person, named by {@code claimed}. */
  record Matched(BeaconUser user, SchoolIdentity.Claimed claimed) implements Outcome {}

  /**
   * Nobody may sign in: {@code named} is the claim value the audit files it under (null when the
   * token named nobody), {@code reason} is for the audit, {@code message} for the person.
   */
  record Refused(String named, String reason, String message) implements Outcome {}

  @Inject Directory directory;

  Outcome match(Map<String, Object> claims, List<String> claimNames, String providerName) {
    List<SchoolIdentity.Claimed> candidates = SchoolIdentity.candidates(claims, claimNames);
    if (candidates.isEmpty()) {
      return new Refused(
          null,
          "ID token carries none of the claims " + String.join(", ", claimNames),
          providerName
              + " did not tell Beacon your e-mail address or username, so Beacon cannot tell who you are."
              + " Ask your school's IT administrator to check Beacon's single sign-on settings.");
    }
    for (SchoolIdentity.Claimed claimed : candidates) {
      List<BeaconUser> people = directory.signInNamed(claimed.value());
      if (people.size() > 1) {
        return new Refused(
            claimed.value(),
            "ambiguous: " + claimed + " names " + people.size() + " people",
            "Your account "
                + claimed.value()
                + " matches more than one person in Beacon."
                + " Ask a Beacon administrator to correct the e-mail addresses in the people directory.");
      }
      if (people.size() == 1) {
        BeaconUser user = people.get(0);
        if (!user.enabled()) {
          return new Refused(
              claimed.value(),
              "disabled: " + claimed + " is " + user.username(),
              "Your Beacon account is disabled. Ask a Beacon administrator if you should still have access.");
        }
        return new Matched(user, claimed);
      }
    }
    return new Refused(
        candidates.get(0).value(),
        "unknown: " + candidates,
        "Beacon has no account for "
            + candidates.get(0).value()
            + ". Signing in with "
            + providerName
            + " does not create one: ask a Beacon administrator to add you to the people directory"
            + " with this e-mail address.");
  }
}
