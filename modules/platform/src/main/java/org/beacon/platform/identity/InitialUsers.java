package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.beacon.platform.api.Role;

/**
 * The people who exist before anyone has been added: the demo school's users in demo mode, or one
 * administrator whose password the installer chose. Runs only while no user exists.
 */
@ApplicationScoped
public class InitialUsers {

  /** Password of every demo user. */
  public static final String DEMO_PASSWORD = "beacon-demo";

  private static final Logger LOG = Logger.getLogger(InitialUsers.class.getName());

  /**
   * A demo user: the username names the one role they hold; the aliases are their network accounts.
   */
  record DemoUser(String username, String displayName, Role role, List<String> aliases) {}

  static final List<DemoUser> DEMO_SCHOOL =
      List.of(
          demo("staff", "Sam Staff", Role.STAFF, "sstaff"),
          demo("staff2", "Sasha Staff", Role.STAFF, "sstaff2"),
          demo("dsl", "Dana Lead", Role.DSL, "dlead"),
          demo("dsl2", "Devi Lead", Role.DSL, "dlead2"),
          demo("head", "Harriet Head", Role.HEAD, "hhead"),
          demo("chair", "Charles Chair", Role.CHAIR, "cchair"),
          demo("technical", "Toni Tech", Role.TECHNICAL, "ttech"),
          demo("governor", "Gwen Governor", Role.GOVERNOR, "ggovernor"),
          demo("admin", "Alex Admin", Role.ADMIN, "aadmin"),
          demo("office", "Olive Office", Role.OFFICE, "ooffice"));

  /** The demo school's network accounts: {@code DEMO\dlead} and {@code dlead@demo.school}. */
  private static DemoUser demo(String username, String displayName, Role role, String account) {
    return new DemoUser(
        username, displayName, role, List.of("DEMO\\" + account, account + "@demo.school"));
  }

  @Inject Directory directory;
  @Inject PasswordHashing passwords;

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  /**
   * @throws MissingAdminPassword when nobody exists, demo mode is off and no admin password is set
   * @throws WeakAdminPassword when the admin password breaks {@link PasswordRules}
   */
  @Transactional
  public void ensure(boolean demo, Optional<String> adminPassword) {
    if (!directory.isEmpty()) {
      return;
    }
    if (demo) {
      // One hash for them all: they share one published password, and 600,000 PBKDF2 iterations
      // once per user would add seconds to the first start.
      String hash = passwords.hash(DEMO_PASSWORD.toCharArray());
      for (DemoUser demoUser : DEMO_SCHOOL) {
        BeaconUser user =
            new BeaconUser(
                demoUser.username(), demoUser.displayName(), hash, EnumSet.of(demoUser.role()));
        user.setAliases(demoUser.aliases());
        // The demo school's mailboxes: alerts reach a local test mail server when one is
        // configured.
        user.setEmail(demoUser.aliases().get(1));
        em.persist(user);
      }
      // Never the password itself in a log: the README gives it.
      LOG.info(
          () ->
              "Demo school seeded: "
                  + DEMO_SCHOOL.size()
                  + " users (their password is in the README)");
      return;
    }
    String password = adminPassword.orElseThrow(MissingAdminPassword::new);
    List<String> problems = PasswordRules.problems(password, "admin");
    if (!problems.isEmpty()) {
      throw new WeakAdminPassword(problems);
    }
    directory.create("admin", "Administrator", password.toCharArray(), EnumSet.of(Role.ADMIN));
    LOG.info("Initial administrator 'admin' created from BEACON_ADMIN_PASSWORD");
  }

  /** The administrator's password given at the first start breaks the password rules. */
  public static final class WeakAdminPassword extends RuntimeException {
    WeakAdminPassword(List<String> problems) {
      super(
          "BEACON_ADMIN_PASSWORD cannot be used for the first administrator 'admin': "
              + String.join("; ", problems)
              + ". Choose another (12 to 128 characters, not a common password).");
    }
  }

  /** Start-up cannot create the first administrator. */
  public static final class MissingAdminPassword extends RuntimeException {
    MissingAdminPassword() {
      super(
          "Beacon has no users yet. Set BEACON_ADMIN_PASSWORD (12 to 128 characters, not a common"
              + " password) to create the"
              + " first administrator 'admin', or set BEACON_DEMO=true to start the demo school.");
    }
  }
}
