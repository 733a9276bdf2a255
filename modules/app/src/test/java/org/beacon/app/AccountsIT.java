package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.beacon.app.BeaconHttp.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two-factor sign-in and personal API tokens over HTTP, as a member of staff and their API client
 * meet them: enrolment with a code computed from the secret Beacon hands out, sign-in with the
 * password and then a code, wrong and replayed codes, recovery codes, tokens made, used and
 * revoked, and an administrator's reset.
 *
 * <p>The tests run in demo mode (BEACON_DEMO=true), where two-factor sign-in is not required of any
 * role; each test adds a person of its own and enrols them voluntarily. The rule that requires
 * enrolment of dsl, head, chair and admin is covered by unit tests (TwoFactorRuleTest,
 * TwoFactorSettingTest).
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @ArquillianResource URL base;

  private BeaconHttp beacon;

  @Deployment(testable = false)
  static WebArchive beacon() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("beacon.war")));
  }

  @BeforeEach
  void connect() throws URISyntaxException {
    URI uri = base.toURI();
    beacon =
        new BeaconHttp(
            CLIENT, new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), "/", null, null));
  }

  /** Someone new with a password of their own, and a browser session they signed in with. */
  private record Person(String username, String password) {}

  private Person newPerson(String role) {
    String username = "tf" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    Reply created =
        beacon
            .as("admin")
            .postJson(
                "api/users",
                "{\"username\":\""
                    + username
                    + "\",\"displayName\":\"Terry Factor\",\"roles\":[\""
                    + role
                    + "\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String temporary = created.json().getString("temporaryPassword");
    String chosen = "a long two-factor test passphrase";
    Reply changed =
        beacon
            .basic(username, temporary)
            .postJson(
                "api/users/me/password",
                "{\"oldPassword\":\"" + temporary + "\",\"newPassword\":\"" + chosen + "\"}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    return new Person(username, chosen);
  }

  private BeaconHttp.Sender signIn(Person person) {
    Reply signedIn = passwordStep(person);
    assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
    assertThat(signedIn.json().getString("username")).isEqualTo(person.username());
    return beacon.withSession(cookieOf(signedIn), signedIn.json().getString("csrfToken"));
  }

  private Reply passwordStep(Person person) {
    return beacon
        .anonymous()
        .postJson(
            "api/session",
            "{\"username\":\""
                + person.username()
                + "\",\"password\":\""
                + person.password()
                + "\"}");
  }

  /** Enrols the person, answering the secret and the recovery codes. */
  private record Enrolled(String secret, List<String> recoveryCodes, long confirmedStep) {}

  private Enrolled enrol(BeaconHttp.Sender browser, String username) {
    Reply started = browser.post("api/users/me/two-factor");
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String secret = started.json().getString("secret");
    assertThat(started.json().getString("otpauthUri"))
        .isEqualTo(
            "otpauth://totp/Beacon:"
                + username
                + "?secret="
                + secret
                + "&issuer=Beacon&algorithm=SHA1&digits=6&period=30");
    assertThat(started.json().getString("qrCode")).startsWith("data:image/svg+xml;base64,");

    long step = step();
    Reply confirmed =
        browser.postJson(
            "api/users/me/two-factor/confirmation", "{\"code\":\"" + code(secret, step) + "\"}");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    List<String> recovery =
        confirmed
            .json()
            .getJsonArray("recoveryCodes")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
    return new Enrolled(secret, recovery, step);
  }

  @Test
  void enrolWithAComputedCodeThenSignInWithPasswordAndCode() {
    Person person = newPerson("staff");
    BeaconHttp.Sender browser = signIn(person);
    assertThat(browser.get("api/users/me/two-factor").json().getBoolean("enrolled")).isFalse();

    // A wrong first code is refused, naming the field, and nothing is enrolled.
    Reply started = browser.post("api/users/me/two-factor");
    String firstSecret = started.json().getString("secret");
    JsonObject wrongFirst =
        browser
            .postJson(
                "api/users/me/two-factor/confirmation",
                "{\"code\":\"" + notTheCode(firstSecret) + "\"}")
            .json();
    assertThat(wrongFirst.getInt("status")).isEqualTo(400);
    assertThat(wrongFirst.getJsonObject("fields").containsKey("code")).isTrue();
    assertThat(browser.get("api/users/me/two-factor").json().getBoolean("enrolled")).isFalse();

    Enrolled enrolled = enrol(browser, person.username());
    JsonObject status = browser.get("api/users/me/two-factor").json();
    assertThat(status.getBoolean("enrolled")).isTrue();
    assertThat(status.getInt("recoveryCodesLeft")).isEqualTo(10);
    assertThat(browser.post("api/users/me/two-factor").status())
        .as("enrolling twice")
        .isEqualTo(409);

    // The password alone no longer signs in: it answers that a code is needed, and nothing more.
    Reply first = passwordStep(person);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().getBoolean("secondFactorRequired")).isTrue();
    assertThat(first.json().containsKey("username")).isFalse();
    BeaconHttp.Sender halfway = beacon.withCookie(cookieOf(first));
    assertThat(halfway.get("api/session").status()).isEqualTo(401);
    assertThat(halfway.get("api/tasks").status()).isEqualTo(401);

    // A wrong code is refused, naming the field, and audited as a failed sign-in.
    long before = newestAuditId();
    Reply wrong =
        halfway.postJson(
            "api/session/second-factor", "{\"code\":\"" + notTheCode(enrolled.secret()) + "\"}");
    assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
    assertThat(wrong.json().getJsonObject("fields").containsKey("code")).isTrue();
    assertThat(auditSince(before, "session", person.username()))
        .anySatisfy(
            e -> {
              assertThat(e.getString("outcome")).isEqualTo("DENIED");
              assertThat(e.getString("detail", "")).contains("second factor");
            });

    // The next step's code (within the allowed drift) completes the sign-in.
    String next = code(enrolled.secret(), enrolled.confirmedStep() + 1);
    Reply done = halfway.postJson("api/session/second-factor", "{\"code\":\"" + next + "\"}");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().getString("username")).isEqualTo(person.username());
    assertThat(done.json().getJsonObject("twoFactor").getBoolean("enrolled")).isTrue();
    BeaconHttp.Sender signedIn =
        beacon.withSession(cookieOf(done), done.json().getString("csrfToken"));
    assertThat(signedIn.get("api/tasks").status()).isEqualTo(200);
    assertThat(halfway.get("api/tasks").status())
        .as("the half-signed-in session id is worth nothing")
        .isEqualTo(401);

    // The same code a second time is refused (no replay).
    Reply again = passwordStep(person);
    Reply replayed =
        beacon
            .withCookie(cookieOf(again))
            .postJson("api/session/second-factor", "{\"code\":\"" + next + "\"}");
    assertThat(replayed.status()).as(replayed.toString()).isEqualTo(401);

    // HTTP Basic with the password is refused for someone enrolled, pointing to API tokens.
    Reply basic = beacon.basic(person.username(), person.password()).get("api/tasks");
    assertThat(basic.status()).isEqualTo(401);
    assertThat(basic.json().getString("message")).contains("API token");
  }

  @Test
  void aRecoveryCodeSignsInOnceAndAnAdministratorResetsALostPhone() {
    Person person = newPerson("staff");
    Enrolled enrolled = enrol(signIn(person), person.username());
    String recovery = enrolled.recoveryCodes().get(3);

    Reply first = passwordStep(person);
    Reply used =
        beacon
            .withCookie(cookieOf(first))
            .postJson("api/session/second-factor", "{\"code\":\"" + recovery.toLowerCase() + "\"}");
    assertThat(used.status()).as(used.toString()).isEqualTo(200);
    BeaconHttp.Sender browser =
        beacon.withSession(cookieOf(used), used.json().getString("csrfToken"));
    assertThat(browser.get("api/users/me/two-factor").json().getInt("recoveryCodesLeft"))
        .isEqualTo(9);

    Reply second = passwordStep(person);
    Reply usedAgain =
        beacon
            .withCookie(cookieOf(second))
            .postJson("api/session/second-factor", "{\"code\":\"" + recovery + "\"}");
    assertThat(usedAgain.status()).as(usedAgain.toString()).isEqualTo(401);

    // Lost phone: only an administrator resets it, and it is audited.
    assertThat(beacon.as("dsl").delete("api/users/" + person.username() + "/two-factor").status())
        .isEqualTo(403);
    assertThat(beacon.as("admin").delete("api/users/" + person.username() + "/two-factor").status())
        .isEqualTo(204);
    assertThat(
            beacon
                .as("admin")
                .get("api/audit?resourceType=two-factor&resourceId=" + person.username())
                .array()
                .getValuesAs(JsonObject.class))
        .extracting(
            e -> e.getString("action") + " " + e.getString("outcome") + " " + e.getString("actor"))
        .contains(
            "reset ALLOWED admin",
            "reset DENIED dsl",
            "enrol-confirm ALLOWED " + person.username());
    Reply afterReset = passwordStep(person);
    assertThat(afterReset.status()).isEqualTo(200);
    assertThat(afterReset.json().getString("username")).isEqualTo(person.username());
    assertThat(beacon.basic(person.username(), person.password()).get("api/tasks").status())
        .isEqualTo(200);
  }

  @Test
  void aPersonalApiTokenWorksUntilItIsRevokedAndNeverForADisabledOwner() {
    Person person = newPerson("technical");
    BeaconHttp.Sender browser = signIn(person);

    JsonObject bad =
        browser.postJson("api/users/me/tokens", "{\"name\":\" \",\"expiresInDays\":0}").json();
    assertThat(bad.getInt("status")).isEqualTo(400);
    assertThat(bad.getJsonObject("fields").keySet())
        .containsExactlyInAnyOrder("name", "expiresInDays");

    Reply made =
        browser.postJson(
            "api/users/me/tokens", "{\"name\":\"Camunda Modeler\",\"expiresInDays\":30}");
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    String token = made.json().getString("token");
    long id = made.json().getJsonObject("details").getJsonNumber("id").longValue();
    assertThat(token).startsWith("bcn_").hasSizeGreaterThan(40);

    BeaconHttp.Sender client = bearer(token);
    Reply me = client.get("api/users/me");
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.json().getString("username")).isEqualTo(person.username());
    assertThat(
            client
                .postJson("api/users/me/tokens", "{\"name\":\"another\",\"expiresInDays\":1}")
                .status())
        .as("a token cannot make a token")
        .isEqualTo(403);

    JsonArray listed = browser.get("api/users/me/tokens").array();
    assertThat(listed.toString()).doesNotContain(token);
    JsonObject entry = listed.getJsonObject(0);
    assertThat(entry.getString("name")).isEqualTo("Camunda Modeler");
    assertThat(entry.containsKey("lastUsed") && !entry.isNull("lastUsed"))
        .as("last use recorded: " + entry)
        .isTrue();
    assertThat(Instant.parse(entry.getString("expires")))
        .isAfter(Instant.now().plus(Duration.ofDays(29)));

    assertThat(beacon.as("staff").delete("api/users/me/tokens/" + id).status())
        .as("someone else's token")
        .isEqualTo(404);
    assertThat(browser.delete("api/users/me/tokens/" + id).status()).isEqualTo(204);
    long before = newestAuditId();
    Reply revoked = client.get("api/users/me");
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(auditSince(before, "session", null))
        .anySatisfy(
            e -> {
              assertThat(e.getString("outcome")).isEqualTo("DENIED");
              assertThat(e.getString("detail", "")).contains("API token " + id + " was revoked");
            });
    assertThat(
            beacon
                .as("admin")
                .get("api/audit?resourceType=api-token&resourceId=" + id)
                .array()
                .getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("action") + " " + e.getString("outcome"))
        .contains("create ALLOWED", "revoke ALLOWED", "revoke DENIED");
    assertThat(browser.get("api/users/me/tokens").array()).isEmpty();

    // A token of someone disabled answers 401 at once.
    String second =
        browser
            .postJson("api/users/me/tokens", "{\"name\":\"script\",\"expiresInDays\":1}")
            .json()
            .getString("token");
    assertThat(bearer(second).get("api/tasks").status()).isEqualTo(200);
    Reply disabled =
        beacon
            .as("admin")
            .send(
                "PATCH",
                "api/users/" + person.username(),
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"enabled\":false}"),
                "application/json");
    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
    assertThat(bearer(second).get("api/tasks").status()).isEqualTo(401);
    assertThat(bearer("bcn_not-a-token-at-all").get("api/tasks").status()).isEqualTo(401);
  }

  @Test
  void aSignedInPersonGivenOtherRolesOrDisabledIsSeenSoFromTheirNextRequest() {
    Person person = newPerson("staff");
    BeaconHttp.Sender browser = signIn(person);
    // Several requests: the person is kept in memory between them (SignedInPeople).
    for (int n = 0; n < 3; n++) {
      Reply session = browser.get("api/session");
      assertThat(session.status()).as(session.toString()).isEqualTo(200);
      assertThat(roles(session)).containsExactly("staff");
    }

    Reply promoted =
        beacon
            .as("admin")
            .send(
                "PATCH",
                "api/users/" + person.username(),
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"roles\":[\"staff\",\"governor\"]}"),
                "application/json");
    assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
    assertThat(roles(browser.get("api/session"))).containsExactlyInAnyOrder("staff", "governor");

    Reply demoted =
        beacon
            .as("admin")
            .send(
                "PATCH",
                "api/users/" + person.username(),
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"roles\":[\"staff\"]}"),
                "application/json");
    assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
    assertThat(roles(browser.get("api/session"))).containsExactly("staff");

    Reply disabled =
        beacon
            .as("admin")
            .send(
                "PATCH",
                "api/users/" + person.username(),
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"enabled\":false}"),
                "application/json");
    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
    assertThat(browser.get("api/session").status()).isEqualTo(401);
    assertThat(browser.get("api/tasks").status()).isEqualTo(401);
  }

  private static List<String> roles(Reply session) {
    assertThat(session.status()).as(session.toString()).isEqualTo(200);
    return session.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  // --- helpers -------------------------------------------------------------------------------

  private BeaconHttp.Sender bearer(String token) {
    return beacon.withHeader("Authorization", "Bearer " + token);
  }

  private static long step() {
    return Instant.now().getEpochSecond() / 30;
  }

  private static String code(String secret, long step) {
    try {
      return new DefaultCodeGenerator().generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Six digits that are none of the codes around now. */
  private static String notTheCode(String secret) {
    long now = step();
    List<String> around =
        List.of(
            code(secret, now - 1), code(secret, now), code(secret, now + 1), code(secret, now + 2));
    for (int i = 0; ; i++) {
      String candidate = String.format("%06d", (123456 + i * 7919) % 1_000_000);
      if (!around.contains(candidate)) {
        return candidate;
      }
    }
  }

  private static String cookieOf(Reply reply) {
    return SchoolSignInFlow.session(reply.headers().allValues("Set-Cookie"))
        .orElseThrow(() -> new AssertionError("no session cookie: " + reply));
  }

  private long newestAuditId() {
    JsonArray newest = beacon.as("admin").get("api/audit?size=1").array();
    return newest.isEmpty() ? 0 : newest.getJsonObject(0).getJsonNumber("id").longValue();
  }

  private List<JsonObject> auditSince(long after, String resourceType, String resourceId) {
    String query =
        "api/audit?size=200&resourceType="
            + resourceType
            + (resourceId == null ? "" : "&resourceId=" + resourceId);
    Reply reply = beacon.as("admin").get(query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.array().getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getJsonNumber("id").longValue() > after)
        .toList();
  }
}
