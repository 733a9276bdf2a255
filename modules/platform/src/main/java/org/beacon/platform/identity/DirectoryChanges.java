package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Role;
import org.beacon.platform.csv.CsvFile;

/**
 * Every change to the people directory, each in one transaction with its audit entry: bad input and
 * refused changes leave the directory as it was. Passwords never reach the audit trail.
 */
@ApplicationScoped
public class DirectoryChanges {

  static final String USER = "user";

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Inject Directory directory;
  @Inject PasswordHashing passwords;
  @Inject AuditLog audit;

  /** Adds a person who must replace {@code temporaryPassword} at their first sign-in. */
  @Transactional
  public UserView create(UserDetails details, String temporaryPassword) {
    if (directory.find(details.username()).isPresent()) {
      audit.denied("create", USER, details.username(), "username taken");
      throw BeaconProblem.conflict(
          "Someone has this username already", Map.of("username", "is taken"));
    }
    refuseClashes("create", details);
    BeaconUser user =
        new BeaconUser(
            details.username(),
            details.displayName(),
            passwords.hash(temporaryPassword.toCharArray()),
            details.roles());
    user.setPassword(user.passwordHash(), true);
    user.setEmail(details.email());
    user.setAliases(details.aliases());
    em.persist(user);
    audit.allowed(
        "create", USER, details.username(), "roles " + String.join(",", details.roleIds()));
    return UserView.of(user, details.aliases());
  }

  /** Changes what an administrator may change; {@code enabled} false disables a leaver. */
  @Transactional
  public UserView update(String caller, UserDetails details, boolean enabled) {
    BeaconUser user = managed(details.username());
    UserView before = UserView.of(user, directory.aliasesOf(user));
    refuseClashes("update", details);
    AdminRules.State after = new AdminRules.State(enabled, details.roles());
    Map<String, String> refused =
        AdminRules.check(
            caller,
            details.username(),
            before.state(),
            after,
            otherEnabledAdmins(details.username()));
    if (!refused.isEmpty()) {
      audit.denied(
          "update",
          USER,
          details.username(),
          String.join(", ", refused.keySet()) + ": administrator rule");
      throw BeaconProblem.conflict("Beacon must keep an administrator", refused);
    }
    List<String> fields = StaffImport.differences(before, details);
    apply(user, details);
    if (before.enabled() != enabled) {
      user.setEnabled(enabled);
      fields = new java.util.ArrayList<>(fields);
      fields.add(enabled ? "enabled" : "disabled");
    }
    audit.allowed(
        "update",
        USER,
        details.username(),
        fields.isEmpty() ? "no change" : String.join(", ", fields));
    return UserView.of(user, details.aliases());
  }

  /**
   * A new temporary password for someone who forgot theirs; they must replace it at the next
   * sign-in.
   */
  @Transactional
  public String resetPassword(String username) {
    BeaconUser user = managed(username);
    String temporary = TemporaryPassword.generate();
    user.setPassword(passwords.hash(temporary.toCharArray()), true);
    audit.allowed("reset-password", USER, username);
    return temporary;
  }

  /** The signed-in person chooses a new password, proving the old one. */
  @Transactional
  public void changePassword(String username, String oldPassword, String newPassword) {
    BeaconUser user = managed(username);
    Map<String, String> problems = new LinkedHashMap<>();
    if (oldPassword == null || oldPassword.isEmpty()) {
      problems.put("oldPassword", "is required");
    } else if (!passwords.verify(oldPassword.toCharArray(), user.passwordHash())) {
      problems.put("oldPassword", "is not your current password");
    }
    List<String> weak = PasswordRules.problems(newPassword, username);
    if (!weak.isEmpty()) {
      problems.put("newPassword", String.join("; ", weak));
    }
    if (problems.isEmpty() && newPassword.equals(oldPassword)) {
      problems.put("newPassword", "must differ from the current one");
    }
    if (!problems.isEmpty()) {
      audit.denied("change-password", USER, username, String.join(", ", problems.keySet()));
      throw BeaconProblem.invalid("The password was not changed", problems);
    }
    user.setPassword(passwords.hash(newPassword.toCharArray()), false);
    audit.allowed("change-password", USER, username);
  }

  /** The signed-in person's own name and e-mail. */
  @Transactional
  public UserView updateOwn(String username, String displayName, String email) {
    BeaconUser user = managed(username);
    UserView before = UserView.of(user, directory.aliasesOf(user));
    UserDetails.Checked checked =
        UserDetails.check(username, displayName, email, before.roles(), before.aliases());
    if (!checked.ok()) {
      throw BeaconProblem.invalid("Nothing was changed", checked.problems());
    }
    List<String> fields = StaffImport.differences(before, checked.details());
    user.setDisplayName(checked.details().displayName());
    user.setEmail(checked.details().email());
    audit.allowed(
        "update",
        USER,
        username,
        fields.isEmpty() ? "own: no change" : "own: " + String.join(", ", fields));
    return UserView.of(user, before.aliases());
  }

  /**
   * Plans a staff file against the directory and, unless a dry run, applies the plan. People added
   * by an import have no password until an administrator resets it.
   */
  @Transactional
  public StaffImport.Plan importStaff(String caller, byte[] csv, boolean dryRun) {
    StaffImport.Plan plan;
    try {
      plan = StaffImport.plan(StaffCsv.parse(csv), directory.everyone(), caller);
    } catch (CsvFile.Unreadable e) {
      audit.denied(
          dryRun ? "import-preview" : "import", USER, null, e.problems().size() + " problem(s)");
      throw BeaconProblem.invalid(e.getMessage(), e.problems());
    }
    if (!dryRun) {
      for (UserDetails added : plan.added()) {
        BeaconUser user =
            new BeaconUser(
                added.username(), added.displayName(), PasswordHashing.NO_PASSWORD, added.roles());
        user.setPassword(PasswordHashing.NO_PASSWORD, true);
        user.setEmail(added.email());
        user.setAliases(added.aliases());
        em.persist(user);
        audit.allowed(
            "create", USER, added.username(), "import; roles " + String.join(",", added.roleIds()));
      }
      for (StaffImport.Change change : plan.changed()) {
        apply(managed(change.after().username()), change.after());
        audit.allowed(
            "update",
            USER,
            change.after().username(),
            "import; " + String.join(", ", change.fields()));
      }
    }
    audit.allowed(
        dryRun ? "import-preview" : "import",
        USER,
        null,
        plan.added().size()
            + " added, "
            + plan.changed().size()
            + " changed, "
            + plan.unchanged().size()
            + " unchanged, "
            + plan.missing().size()
            + " not in the file");
    return plan;
  }

  private void apply(BeaconUser user, UserDetails details) {
    if (!user.displayName().equals(details.displayName())) {
      user.setDisplayName(details.displayName());
    }
    if (!Objects.equals(user.email(), details.email())) {
      user.setEmail(details.email());
    }
    if (!user.roles().equals(details.roles())) {
      user.setRoles(details.roles());
    }
    if (!new java.util.HashSet<>(directory.aliasesOf(user))
        .equals(new java.util.HashSet<>(details.aliases()))) {
      user.setAliases(details.aliases());
    }
  }

  private void refuseClashes(String action, UserDetails details) {
    List<NameClashes.Other> others =
        directory.everyone().stream()
            .map(u -> new NameClashes.Other(u.username(), u.aliases()))
            .toList();
    Map<String, String> clashes = NameClashes.of(details.username(), details.aliases(), others);
    if (!clashes.isEmpty()) {
      audit.denied(
          action, USER, details.username(), "name clash: " + String.join(", ", clashes.keySet()));
      throw BeaconProblem.conflict("Two people would answer to the same name", clashes);
    }
  }

  private long otherEnabledAdmins(String username) {
    return directory.holding(Role.ADMIN).stream()
        .filter(p -> !p.username().equals(username))
        .count();
  }

  private BeaconUser managed(String username) {
    return directory.find(username).orElseThrow(() -> BeaconProblem.notFound("No such person"));
  }
}
