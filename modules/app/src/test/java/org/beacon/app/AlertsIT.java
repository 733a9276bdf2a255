package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.beacon.app.BeaconHttp.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * E-mail alerts against a real SMTP server (GreenMail) on the port Beacon was started with: who
 * receives what, that a message carries nothing but the reference, the kind of step and a link,
 * that a person a case names hears nothing of it, and that nothing is lost while the server is
 * down.
 */
@ExtendWith(ArquillianExtension.class)
class AlertsIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String DESCRIPTION = "Watched a violent extremist video during the lesson";

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(
              new ServerSetup(
                  Integer.getInteger("beacon.it.smtp.port"),
                  "127.0.0.1",
                  ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
          .withPerMethodLifecycle(false);

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
    // The administrator keeps each person's address in the directory.
    for (String user : List.of("staff", "dsl", "dsl2", "head", "chair")) {
      Reply reply =
          beacon
              .as("admin")
              .send(
                  "PATCH",
                  "api/users/" + user,
                  java.net.http.HttpRequest.BodyPublishers.ofString(
                      "{\"email\":\"" + user + "@demo.school\"}"),
                  "application/json");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
  }

  @Test
  void aChildAtRiskReachesEveryDslAndTheHeadWithinSecondsAndTellsThemNothingElse()
      throws Exception {
    String pupil = "P-" + unique();
    String reference = reportAtRisk(pupil);

    List<MimeMessage> mails =
        awaitMails(
            about(reference).and(subject("immediate risk")).and(toDemoLeads()),
            3,
            Duration.ofSeconds(10));

    // Other tests add DSLs to the shared directory: they are told too; the demo school's three are
    // what is checked.
    assertThat(recipients(mails))
        .containsExactlyInAnyOrder("dsl@demo.school", "dsl2@demo.school", "head@demo.school");
    for (MimeMessage mail : mails) {
      String body = GreenMailUtil.getBody(mail);
      assertThat(body).contains(reference).contains("http://beacon.demo.school/#/tasks");
      assertThat(body + mail.getSubject())
          .doesNotContain(pupil)
          .doesNotContain(DESCRIPTION)
          .doesNotContain("Sam Staff");
    }
    assertThat(recipients(received(about(reference)))).doesNotContain("staff@demo.school");
  }

  @Test
  void anAllegationAgainstADslReachesTheOtherDslAndTheHeadAndNeverTheAccused() throws Exception {
    Reply raised = beacon.as("staff").postJson("api/allegations", allegationAgainst("dsl"));
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    String reference = raised.json().getString("reference");

    List<MimeMessage> mails =
        awaitMails(
            about(reference).and(subject("allegation")).and(toDemoLeads()),
            2,
            Duration.ofSeconds(10));

    assertThat(recipients(mails)).containsExactlyInAnyOrder("dsl2@demo.school", "head@demo.school");
    Thread.sleep(
        3000); // a round or more of the sender: anything else for this case would be here by now
    assertThat(recipients(received(about(reference)))).doesNotContain("dsl@demo.school");
  }

  @Test
  void withTheMailServerDownEveryReportIsAcknowledgedAndEachAlertArrivesOnceWhenItReturns()
      throws Exception {
    smtp.stop();
    List<String> references = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        references.add(reportAtRisk("P-" + unique()));
      }
    } finally {
      smtp.start();
    }

    // The demo school's three (the two DSLs and the head) for each of the twenty cases; DSLs other
    // tests added to the shared directory are told as well, and also exactly once.
    Predicate<MimeMessage> ours =
        subject("immediate risk").and(mail -> !referenceIn(mail, references).isEmpty());
    List<MimeMessage> mails = awaitMails(ours.and(toDemoLeads()), 60, Duration.ofSeconds(90));
    Thread.sleep(3000); // a round or more of the sender: a second copy would be here by now

    Map<String, Long> perCaseAndPerson =
        received(ours).stream()
            .collect(
                Collectors.groupingBy(
                    m -> referenceIn(m, references) + " to " + recipients(List.of(m)),
                    Collectors.counting()));
    assertThat(perCaseAndPerson).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    assertThat(received(ours.and(toDemoLeads()))).hasSize(60);
    assertThat(mails).hasSize(60);
  }

  @Test
  void theAdministratorSeesTheQueueWithoutWhatTheMessagesSay() throws Exception {
    String reference = reportAtRisk("P-" + unique());
    awaitMails(about(reference).and(subject("immediate risk")), 3, Duration.ofSeconds(10));

    Reply queue = beacon.as("admin").get("api/alerts?status=sent&size=200");
    assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
    assertThat(queue.json().getJsonArray("items")).isNotEmpty();
    assertThat(queue.body()).doesNotContain(reference).doesNotContain("#/tasks");
    JsonObject first = queue.json().getJsonArray("items").getJsonObject(0);
    assertThat(first.keySet()).contains("event", "recipient", "status", "attempts", "createdAt");
    assertThat(beacon.as("dsl").get("api/alerts").status()).isEqualTo(403);
    assertThat(beacon.as("admin").get("api/alerts?status=lost").status()).isEqualTo(400);
  }

  @Test
  void eachPersonTurnsTheirDailySummaryOffAndOn() {
    JsonObject settings = beacon.as("dsl2").get("api/alerts/settings").json();
    assertThat(settings.getBoolean("emailEnabled")).isTrue();

    Reply off = beacon.as("dsl2").putJson("api/alerts/settings", "{\"digest\":false}");
    assertThat(off.status()).as(off.toString()).isEqualTo(200);
    assertThat(beacon.as("dsl2").get("api/alerts/settings").json().getBoolean("digest")).isFalse();
    assertThat(beacon.as("dsl").get("api/alerts/settings").json().getBoolean("digest"))
        .as("only their own")
        .isTrue();

    Reply bad = beacon.as("dsl2").putJson("api/alerts/settings", "{\"digest\":\"sometimes\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().getJsonObject("fields").keySet()).containsExactly("digest");
    assertThat(beacon.as("dsl2").get("api/alerts/settings").json().getBoolean("digest"))
        .as("nothing changed")
        .isFalse();

    assertThat(beacon.as("dsl2").putJson("api/alerts/settings", "{\"digest\":true}").status())
        .isEqualTo(200);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private String reportAtRisk(String pupil) {
    String json =
        "{\"occurredAt\":\"2026-11-20T10:15\",\"location\":\"Room 12\","
            + "\"device\":{\"ownership\":\"school\",\"identifier\":\"LAPTOP-22\"},"
            + "\"description\":\""
            + DESCRIPTION
            + "\",\"urls\":[],"
            + "\"pupils\":[{\"reference\":\""
            + pupil
            + "\",\"yearGroup\":\"Year 8\"}],\"staff\":[],"
            + "\"incidentType\":\"Unauthorised use of non-educational sites during lessons\",\"immediateRisk\":true}";
    Reply reply = beacon.as("staff").postJson("api/incidents", json);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getString("reference");
  }

  private static String allegationAgainst(String username) {
    return "{\"accused\":{\"username\":\""
        + username
        + "\",\"headteacher\":false,\"role\":\"teacher\"},"
        + "\"reporter\":{\"name\":\"A parent\",\"relationship\":\"parent of a pupil in Year 4\"},"
        + "\"whatHappened\":\"Sent private messages to a pupil from a personal account\","
        + "\"occurredAt\":\"2026-01-15T16:30\","
        + "\"children\":[{\"reference\":\"P-"
        + unique()
        + "\",\"yearGroup\":\"Year 4\"}],"
        + "\"source\":\"parent\",\"immediateDanger\":false}";
  }

  /** Waits until at least {@code count} received messages match, then answers those that do. */
  private static List<MimeMessage> awaitMails(
      Predicate<MimeMessage> wanted, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<MimeMessage> matching = received(wanted);
    while (matching.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(200);
      matching = received(wanted);
    }
    assertThat(matching)
        .as("messages received within %s", timeout)
        .hasSizeGreaterThanOrEqualTo(count);
    return matching;
  }

  private static List<MimeMessage> received(Predicate<MimeMessage> wanted) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(wanted).toList();
  }

  private static Predicate<MimeMessage> about(String reference) {
    return mail -> subjectOf(mail).contains("(" + reference + ")");
  }

  /** Messages to the demo school's DSLs and head (the directory other tests share has more). */
  private static Predicate<MimeMessage> toDemoLeads() {
    Set<String> leads = Set.of("dsl@demo.school", "dsl2@demo.school", "head@demo.school");
    return mail -> recipientsOf(mail).stream().anyMatch(leads::contains);
  }

  private static Predicate<MimeMessage> subject(String text) {
    return mail -> subjectOf(mail).toLowerCase().contains(text.toLowerCase());
  }

  private static String referenceIn(MimeMessage mail, List<String> references) {
    return references.stream()
        .filter(r -> subjectOf(mail).contains("(" + r + ")"))
        .findFirst()
        .orElse("");
  }

  private static String subjectOf(MimeMessage mail) {
    try {
      return mail.getSubject() == null ? "" : mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> recipientsOf(MimeMessage mail) {
    try {
      return Arrays.stream(mail.getAllRecipients())
          .map(Object::toString)
          .collect(Collectors.toSet());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(List<MimeMessage> mails) {
    return mails.stream().flatMap(m -> recipientsOf(m).stream()).toList();
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
