package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in a real browser: starts {@code beacon.jar} in demo mode once (as {@link LaunchIT}
 * does), then runs the Playwright scripts of the frontend in Debian's Chromium against it, one
 * after the other. {@code e2e/smoke.mjs}: a member of staff reports an incident and sees its
 * reference; the DSL finds the classification task for it, sees the error beside a required field
 * left empty, completes it. {@code e2e/roles.mjs}: staff raise an allegation; the admin imports a
 * two-task flow in the designer, deploys it with its deploy button and starts it; technical staff
 * import a filter log; a DSL at 375 px completes the flow's first task and submits a policy
 * version; the head approves a disciplinary action and completes the flow's second task; a governor
 * sees the dashboard's charts and is refused on case addresses. {@code e2e/sso.mjs} (when the test
 * OpenID provider runs): the DSL signs in through the school's provider and lands on the task list;
 * an unknown account is refused. Screenshots and each script's log land in {@code
 * target/browser-it}.
 */
class BrowserIT {

  private static final Path FRONTEND =
      Path.of(System.getProperty("beacon.frontend.dir", "src/main/frontend"));
  private static final Path OUT =
      Path.of(System.getProperty("beacon.browser.out", "target/browser-it"));
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  // LaunchIT's 90 s, doubled: this test runs after the others have loaded a 2-core machine.
  private static final Duration READY_WITHIN = Duration.ofSeconds(180);

  /** For all the scripts together. */
  private static final Duration BROWSER_WITHIN = Duration.ofMinutes(4);

  private static final List<String> SCRIPTS = List.of("smoke", "roles");

  /** Run when the test OpenID provider runs (failsafe starts it): single sign-on in the browser. */
  private static final String SINGLE_SIGN_ON = "sso";

  @TempDir Path data;

  @Test
  void everyRoleDoesItsWorkInTheBrowser() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      String why =
          "The browser test needs Debian's Chromium at "
              + CHROMIUM
              + ": apt-get install -y chromium";
      // .ci/run installs it and sets BEACON_BROWSER_REQUIRED, so CI never passes without a browser.
      if (Boolean.parseBoolean(System.getenv("BEACON_BROWSER_REQUIRED"))) {
        fail(why);
      }
      System.out.println("BrowserIT SKIPPED: " + why);
      Assumptions.abort(why);
    }
    if (!Files.isDirectory(FRONTEND.resolve("node_modules/playwright-core"))) {
      fail(
          "playwright-core is not installed in "
              + FRONTEND
              + ": the Maven build runs npm ci there (not with -Dfrontend.skip)");
    }
    Files.createDirectories(OUT);
    int port = BeaconProcess.freePort();
    Map<String, String> env = Map.of("BEACON_DEMO", "true", "BEACON_DATA", data.toString());
    try (BeaconProcess beacon = BeaconProcess.start(data, "browser", port, env, READY_WITHIN)) {
      long deadline = System.nanoTime() + BROWSER_WITHIN.toNanos();
      List<String> scripts = new java.util.ArrayList<>(SCRIPTS);
      if (SchoolIdentityProviderSession.running()) {
        // beacon.jar inherits BEACON_OIDC_* from failsafe's environment: the provider is the
        // test's.
        scripts.add(SINGLE_SIGN_ON);
      }
      // -Dbeacon.browser.scripts=sso runs a chosen few, by hand.
      String chosen = System.getProperty("beacon.browser.scripts", "");
      if (!chosen.isBlank()) {
        scripts.retainAll(List.of(chosen.split(",")));
      }
      for (String script : scripts) {
        Path log = OUT.resolve(script + ".log");
        ProcessBuilder node =
            new ProcessBuilder("node", "e2e/" + script + ".mjs").directory(FRONTEND.toFile());
        node.environment().put("BEACON_URL", "http://localhost:" + port);
        node.environment().put("BEACON_SCREENSHOTS", OUT.toAbsolutePath().toString());
        node.environment().put("CHROMIUM", CHROMIUM.toString());
        node.redirectErrorStream(true).redirectOutput(log.toFile());
        Process browser = node.start();
        long left = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime()));
        if (!browser.waitFor(left, TimeUnit.SECONDS)) {
          browser.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
          fail(
              "The browser scripts did not finish within "
                  + BROWSER_WITHIN
                  + "; e2e/"
                  + script
                  + ".mjs:\n"
                  + Files.readString(log));
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertThat(browser.exitValue())
            .as("e2e/%s.mjs (screenshots in %s):%n%s", script, OUT, output)
            .isZero();
      }
    }
  }
}
