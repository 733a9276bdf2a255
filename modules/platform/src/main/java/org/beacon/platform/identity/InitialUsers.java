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

  /** A demo user: the username names the one role they hold. */
  record DemoUser(String username, String displayName, Role role) {}

  static final List<DemoUser> DEMO_SCHOOL =
      List.of(
          new DemoUser("staff", "Sam Staff (teacher)", Role.STAFF),
          new DemoUser("staff2", "Sasha Staff (teaching assistant)", Role.STAFF),
          new DemoUser("dsl", "Dana Lead (DSL)", Role.DSL),
          new DemoUser("dsl2", "Devi Lead (deputy DSL)", Role.DSL),
          new DemoUser("head", "Harriet Head (headteacher)", Role.HEAD),
          new DemoUser("chair", "Charles Chair (chair of governors)", Role.CHAIR),
          new DemoUser("technical", "Toni Tech (ICT technician)", Role.TECHNICAL),
          new DemoUser("governor", "Gwen Governor (safeguarding governor)", Role.GOVERNOR),
          new DemoUser("admin", "Alex Admin (administrator)", Role.ADMIN));

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
        directory.create(user.username(), user.displayName(), DEMO_PASSWORD.toCharArray(), EnumSet.of(user.role()));
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
