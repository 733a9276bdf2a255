package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.beacon.platform.api.Role;

/**
 * The people who exist before anyone has been added: the demo school's users in demo mode, or
 * one administrator whose password the installer chose. Runs only while no user exists.
 */
@ApplicationScoped
public class InitialUsers {

  /** Password of every demo user. */
  public static final String DEMO_PASSWORD = "beacon-demo";

  private static final Logger LOG = Logger.getLogger(InitialUsers.class.getName());

  /** A demo user: the username names the one role they hold; the aliases are their network accounts. */
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
          demo("admin", "Alex Admin", Role.ADMIN, "aadmin"));

  /** The demo school's network accounts: {@code DEMO\dlead} and {@code dlead@demo.school}. */
  private static DemoUser demo(String username, String displayName, Role role, String account) {
    return new DemoUser(username, displayName, role, List.of("DEMO\\" + account, account + "@demo.school"));
  }

  @Inject Directory directory;

  /**
   * @throws MissingAdminPassword when nobody exists, demo mode is off and no admin password is set
   */
  public void ensure(boolean demo, Optional<String> adminPassword) {
    if (!directory.isEmpty()) {
      return;
    }
    if (demo) {
      for (DemoUser user : DEMO_SCHOOL) {
        directory.create(
            user.username(), user.displayName(), DEMO_PASSWORD.toCharArray(), EnumSet.of(user.role()), user.aliases());
      }
      LOG.info(() -> "Demo school seeded: " + DEMO_SCHOOL.size() + " users, password " + DEMO_PASSWORD);
      return;
    }
    String password = adminPassword.orElseThrow(MissingAdminPassword::new);
    if (password.length() < 12) {
      throw new MissingAdminPassword();
    }
    directory.create("admin", "Administrator", password.toCharArray(), EnumSet.of(Role.ADMIN));
    LOG.info("Initial administrator 'admin' created from BEACON_ADMIN_PASSWORD");
  }

  /** Start-up cannot create the first administrator. */
  public static final class MissingAdminPassword extends RuntimeException {
    MissingAdminPassword() {
      super(
          "Beacon has no users yet. Set BEACON_ADMIN_PASSWORD (at least 12 characters) to create the"
              + " first administrator 'admin', or set BEACON_DEMO=true to start the demo school.");
    }
  }
}
