package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.beacon.app.BeaconHttp.Reply;
import org.beacon.platform.Modules;
import org.beacon.platform.api.BeaconModule;
import org.beacon.platform.web.ApiDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix (issue 16 item 7): every endpoint of every module, for a user of each of
 * the eight roles and for the people a case is about, against one table of expected outcomes.
 *
 * <p>The endpoints are found by reflection over what each module declares in {@link
 * BeaconModule#apiClasses()} (class {@code @Path}, method {@code @Path}, HTTP method), so an
 * endpoint added later without a row in {@link #table()} fails the test. Camunda's own {@code
 * /engine-rest} is not in the table: it is not a Beacon module's API and is guarded as a whole
 * (administrators only) by {@code EngineRestGuard}.
 *
 * <p>The callers are the demo school's ten users: {@code staff}, {@code dsl}, {@code head}, {@code
 * chair}, {@code technical}, {@code governor}, {@code admin}, {@code office} (the eight roles), and
 * {@code staff2} and {@code dsl2}, so that each case has one conflicted caller and one of the same
 * role who is not. The fixtures, made through the API as users would, name people as the subject of
 * a case: {@code staff2} by username and as "sasha staff" (incidents and allegations), the DSL as
 * "dana lead" (an incident and an allegation), the head by username (headteacher box left
 * unticked), the chair, the technician's network account {@code DEMO\ttech} (a filtering report)
 * and {@code dsl2}'s account (a log review). Someone a case is about never sees it: 404 on it, left
 * out of lists, none of its tasks.
 *
 * <p>Writes use bodies that are refused (400) for those allowed to write, or have side effects that
 * only touch this test's own data (claiming and handing back its own task, starting a filtering
 * review or a governor report). Every cell is run; the mismatches are collected and reported
 * together, one line each.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static final String STAFF = "staff";
  static final String STAFF2 = "staff2";
  static final String DSL = "dsl";
  static final String DSL2 = "dsl2";
  static final String HEAD = "head";
  static final String CHAIR = "chair";
  static final String TECH = "technical";
  static final String GOV = "governor";
  static final String ADMIN = "admin";

  /** The school office (issue 22): records paper forms and consents; sees no case data. */
  static final String OFFICE = "office";

  static final List<String> CALLERS =
      List.of(STAFF, STAFF2, DSL, DSL2, HEAD, CHAIR, TECH, GOV, ADMIN, OFFICE);

  private static final String ALLEGATIONS = "StaffAllegationProcess";

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

  // --- the table -------------------------------------------------------------------------------

  /**
   * One row per request: method, path (a {@code {name}} is a fixture, filled in when it runs),
   * body, and the outcome for every caller. {@code all(s)} gives every caller status {@code s};
   * {@code .and(s, callers...)} overrides it for some; {@code .shows(fixture, callers...)} and
   * {@code .hides(fixture, callers...)} say whether the answer must contain the fixture's reference
   * (for lists: the case is in it, or left out).
   */
  private static List<Row> table() {
    String json = "application/json";
    return List.of(
        // --- platform: tasks ---
        row(
            "GET",
            "api/tasks?size=200&processDefinitionKey=StaffAllegationProcess&businessKey={againstDsl}",
            all(200)
                .shows("againstDsl", HEAD)
                .hides("againstDsl", DSL, DSL2, STAFF, STAFF2, CHAIR, TECH, GOV, ADMIN, OFFICE)),
        row(
            "GET",
            "api/tasks?size=200&processDefinitionKey=StaffAllegationProcess&businessKey={againstHead}",
            all(200)
                .shows("againstHead", CHAIR)
                .hides("againstHead", HEAD, DSL, STAFF, GOV, ADMIN)),
        row(
            "GET",
            "api/tasks?size=200&processDefinitionKey=StaffAllegationProcess&businessKey={againstChair}",
            all(200).shows("againstChair", HEAD).hides("againstChair", CHAIR)),
        row(
            "GET",
            "api/tasks?size=200&processDefinitionKey=StaffAllegationProcess&businessKey={againstStaff2ByName}",
            all(200).shows("againstStaff2ByName", HEAD).hides("againstStaff2ByName", STAFF2)),
        row(
            "GET",
            "api/tasks?size=200&processDefinitionKey=IncidentResponseProcess&businessKey={incidentNamingStaff2}",
            all(200)
                .shows("incidentNamingStaff2", DSL, DSL2)
                .hides("incidentNamingStaff2", STAFF2, STAFF, OFFICE)),
        row(
            "GET",
            "api/tasks?size=200&processDefinitionKey=IncidentResponseProcess&businessKey={incidentNamingDanaLead}",
            all(200).shows("incidentNamingDanaLead", DSL2).hides("incidentNamingDanaLead", DSL)),
        row(
            "GET",
            "api/tasks?size=200&processDefinitionKey=FilteringReportProcess&businessKey={reportNamingTech}",
            all(200).shows("reportNamingTech", DSL).hides("reportNamingTech", TECH)),
        row(
            "GET",
            "api/tasks?size=200&processDefinitionKey=FilteringLogReviewProcess&businessKey={logReviewOfDsl2}",
            all(200).shows("logReviewOfDsl2", DSL).hides("logReviewOfDsl2", DSL2)),
        row("GET", "api/tasks/{taskAgainstDsl}", all(403).and(200, HEAD).and(404, DSL)),
        row("GET", "api/tasks/{taskLogReviewOfDsl2}", all(403).and(200, DSL).and(404, DSL2)),
        row("GET", "api/tasks/{taskAgainstHead}", all(403).and(200, CHAIR).and(404, HEAD)),
        row("GET", "api/tasks/{taskAgainstChair}", all(403).and(200, HEAD).and(404, CHAIR)),
        row(
            "GET",
            "api/tasks/{taskAgainstStaff2ByUsername}",
            all(403).and(200, HEAD).and(404, STAFF2)),
        row("POST", "api/tasks/{taskAgainstHead}/claim", all(403).and(200, CHAIR).and(404, HEAD)),
        row("POST", "api/tasks/{taskAgainstHead}/unclaim", all(403).and(200, CHAIR).and(404, HEAD)),
        row(
            "POST",
            "api/tasks/{taskAgainstHead}/complete",
            json,
            "{}",
            all(403).and(400, CHAIR).and(404, HEAD)),
        row(
            "POST",
            "api/tasks/{taskAgainstStaff2ByName}/claim",
            all(403).and(200, HEAD).and(404, STAFF2)),
        row(
            "POST",
            "api/tasks/{taskAgainstStaff2ByName}/unclaim",
            all(403).and(200, HEAD).and(404, STAFF2)),
        row(
            "POST",
            "api/tasks/{taskAgainstDsl}/complete",
            json,
            "{}",
            all(403).and(400, HEAD).and(404, DSL)),
        // --- platform: session, audit, models, bench, people ---
        row("GET", "api/session", all(200)),
        row("POST", "api/session", json, "{}", all(400)),
        row("DELETE", "api/session", all(204)),
        // Single sign-on: open to all (signing in comes before being signed in). The start sends
        // everyone to the test provider; a callback without a sign-in under way is refused.
        row("GET", "api/session/oidc", all(200)),
        row("GET", "api/session/oidc/start", all(303)),
        row("GET", "api/session/oidc/callback", all(400)),
        // Basic callers have no half-done sign-in: the empty code is refused first.
        row("POST", "api/session/second-factor", json, "{}", all(400)),
        row("GET", "api/audit?size=1", all(403).and(200, DSL, DSL2, ADMIN)),
        row("GET", "api/audit/verify", all(403).and(200, ADMIN)),
        // The directory (issue 17): administrators manage people; everyone reads and changes their
        // own account.
        row("GET", "api/users", all(403).and(200, ADMIN)),
        row("GET", "api/users/staff2", all(403).and(200, ADMIN)),
        row("POST", "api/users", json, "{}", all(403).and(400, ADMIN)),
        row("PATCH", "api/users/staff2", json, "{\"enabled\":\"maybe\"}", all(403).and(400, ADMIN)),
        row("POST", "api/users/nobody-by-this-name/password-reset", all(403).and(404, ADMIN)),
        row("POST", "api/users/import?dryRun=true", "text/csv", "", all(403).and(400, ADMIN)),
        row("GET", "api/users/me", all(200)),
        row("PATCH", "api/users/me", json, "{}", all(200)),
        row("POST", "api/users/me/password", json, "{}", all(400)),
        // Two-factor sign-in and personal API tokens: one's own, for everyone; the reset for
        // admins.
        row("GET", "api/users/me/two-factor", all(200)),
        row("POST", "api/users/me/two-factor", all(200)),
        row("POST", "api/users/me/two-factor/confirmation", json, "{}", all(400)),
        row("GET", "api/users/me/tokens", all(200)),
        row("POST", "api/users/me/tokens", json, "{}", all(400)),
        row("DELETE", "api/users/me/tokens/999999999", all(404)),
        row("DELETE", "api/users/nobody-by-this-name/two-factor", all(403).and(404, ADMIN)),
        // Sign-in locks: administrators only.
        row("GET", "api/sign-in-locks", all(403).and(200, ADMIN)),
        row("DELETE", "api/sign-in-locks/nobody-by-this-name", all(403).and(204, ADMIN)),
        row("DELETE", "api/sign-in-locks/address/192.0.2.1", all(403).and(204, ADMIN)),
        // E-mail alerts (issue 20): the queue for administrators; everyone's own daily-summary
        // choice.
        row("GET", "api/alerts", all(403).and(200, ADMIN)),
        row("GET", "api/alerts/settings", all(200)),
        row("PUT", "api/alerts/settings", json, "{}", all(400)),
        row("GET", "api/models", all(403).and(200, ADMIN)),
        row(
            "GET",
            "api/models/bpmn/StaffAllegationProcess/versions/latest/xml",
            all(403).and(200, ADMIN)),
        row("POST", "api/models/validate", json, "{}", all(403).and(400, ADMIN)),
        row("POST", "api/models/deploy", json, "{}", all(403).and(400, ADMIN)),
        // BEACON_BENCH is off: the endpoint does not exist for anyone.
        row("POST", "api/bench/process-starts", json, "{}", all(404)),
        row("GET", "api/bench/governor-figures?from=2026-09-01&to=2026-12-31&way=kept", all(404)),
        row("GET", "api/people?search=sasha", all(200).and(403, GOV)),
        // The pupil register (issue 17): the DSL and head import and see it whole; reporters see a
        // limited view.
        row("GET", "api/pupils?search=zz", all(200).and(403, GOV, ADMIN)),
        row(
            "POST",
            "api/pupils/import?dryRun=true",
            "text/csv",
            "",
            all(403).and(400, DSL, DSL2, HEAD)),
        // Subject access requests (issue 23): the DSL works them, the head approves and reads.
        row("GET", "api/subject-access", all(403).and(200, DSL, DSL2, HEAD)),
        row("POST", "api/subject-access", json, "{}", all(403).and(400, DSL, DSL2)),
        row("GET", "api/subject-access/999999999", all(403).and(404, DSL, DSL2, HEAD)),
        row(
            "PUT",
            "api/subject-access/999999999/redactions",
            json,
            "[]",
            all(403).and(404, DSL, DSL2)),
        row("GET", "api/subject-access/999999999/redactions/1", all(403).and(404, DSL, DSL2, HEAD)),
        row("POST", "api/subject-access/999999999/submit", all(403).and(404, DSL, DSL2)),
        row("POST", "api/subject-access/999999999/approve", all(403).and(404, HEAD)),
        row(
            "POST",
            "api/subject-access/999999999/release",
            json,
            "{}",
            all(403).and(404, DSL, DSL2)),
        row("GET", "api/subject-access/999999999/export.pdf", all(403).and(404, DSL, DSL2, HEAD)),
        row("GET", "api/subject-access/999999999/export.json", all(403).and(404, DSL, DSL2, HEAD)),
        // A child's file moving school: DSLs only.
        row("GET", "api/transfers/outgoing", all(403).and(200, DSL, DSL2)),
        row("POST", "api/transfers/outgoing", json, "{}", all(403).and(400, DSL, DSL2)),
        row(
            "POST",
            "api/transfers/outgoing/999999999/package",
            json,
            "{}",
            all(403).and(404, DSL, DSL2)),
        row(
            "POST",
            "api/transfers/outgoing/999999999/receipt",
            json,
            "{}",
            all(403).and(404, DSL, DSL2)),
        row("GET", "api/transfers/incoming", all(403).and(200, DSL, DSL2)),
        row(
            "POST",
            "api/transfers/incoming",
            "application/octet-stream",
            "",
            all(403).and(400, DSL, DSL2)),
        row("GET", "api/transfers/incoming/999999999", all(403).and(404, DSL, DSL2)),
        row("GET", "api/transfers/incoming/999999999/items/1.pdf", all(403).and(404, DSL, DSL2)),
        row(
            "GET",
            "api/people/mentions?process=StaffAllegationProcess&reference={againstStaff2ByName}",
            all(403).and(200, DSL, DSL2)),
        row(
            "GET",
            "api/people/mentions?process=StaffAllegationProcess&reference={againstDsl}",
            all(403).and(200, DSL2).and(404, DSL)),
        row(
            "GET",
            "api/people/mentions?process=IncidentResponseProcess&reference={incidentNamingDanaLead}",
            all(403).and(200, DSL2).and(404, DSL)),
        // "sasha staff" names one person exactly: the mention is settled, nothing to link or
        // reject.
        row(
            "POST",
            "api/people/mentions/{mentionStaff2}/link",
            json,
            "{}",
            all(403).and(409, DSL, DSL2)),
        row(
            "POST",
            "api/people/mentions/{mentionDsl}/reject",
            all(403).and(409, DSL2).and(404, DSL)),
        // --- incidents ---
        row("POST", "api/incidents", json, "{}", all(400)),
        row("GET", "api/incidents/types", all(200)),
        row(
            "GET",
            "api/incidents?size=200",
            all(200)
                .and(403, GOV, ADMIN, OFFICE)
                .shows("incidentNamingStaff2", STAFF, DSL, DSL2, HEAD)
                .hides("incidentNamingStaff2", STAFF2, CHAIR, TECH)
                .shows("incidentNamingSashaStaff", STAFF, DSL, HEAD)
                .hides("incidentNamingSashaStaff", STAFF2)),
        row(
            "GET",
            "api/incidents/{incidentNamingStaff2}",
            all(404).and(200, STAFF, DSL, DSL2, HEAD).and(403, GOV, ADMIN, OFFICE)),
        row(
            "GET",
            "api/incidents/{incidentNamingSashaStaff}",
            all(404).and(200, STAFF, DSL, DSL2, HEAD).and(403, GOV, ADMIN, OFFICE)),
        row(
            "GET",
            "api/incidents/{incidentNamingDanaLead}",
            all(404).and(200, STAFF, DSL2, HEAD).and(403, GOV, ADMIN, OFFICE)),
        // Without a reason: a DSL who may read it gets 400 and nothing is raised; others never
        // reach it.
        row(
            "POST",
            "api/incidents/{incidentNamingStaff2}/immediate-risk",
            json,
            "{}",
            all(404).and(400, DSL, DSL2).and(403, STAFF, HEAD, GOV, ADMIN, OFFICE)),
        row(
            "GET",
            "api/pupils/{pupil}/chronology",
            all(403).and(200, DSL, DSL2, HEAD).shows("incidentNamingStaff2", DSL, DSL2, HEAD)),
        row(
            "GET",
            "api/staff/staff2/chronology",
            all(403).and(200, DSL, DSL2, HEAD).shows("incidentNamingStaff2", DSL, DSL2, HEAD)),
        row("GET", "api/staff/dsl/chronology", all(403).and(200, DSL2, HEAD)),
        // Nobody reads a chronology about themselves, by whatever name it is asked for (people, not
        // strings).
        row("GET", "api/staff/Dana%20Lead/chronology", all(403).and(200, DSL2, HEAD)),
        row("GET", "api/staff/dlead@demo.school/chronology", all(403).and(200, DSL2, HEAD)),
        // --- staff allegations ---
        row("POST", "api/allegations", json, "{}", all(400)),
        row(
            "GET",
            "api/allegations?size=200",
            all(200)
                .shows("againstDsl", STAFF, DSL2, HEAD)
                .hides("againstDsl", DSL, STAFF2, CHAIR, TECH, GOV, ADMIN, OFFICE)
                .shows("againstHead", STAFF, DSL, DSL2, CHAIR)
                .hides("againstHead", HEAD, STAFF2, TECH, GOV, ADMIN, OFFICE)
                .shows("againstChair", STAFF, DSL, HEAD)
                .hides("againstChair", CHAIR)
                .shows("againstStaff2ByUsername", DSL, HEAD)
                .hides("againstStaff2ByUsername", STAFF2, CHAIR)
                .shows("againstStaff2ByName", DSL, HEAD)
                .hides("againstStaff2ByName", STAFF2)),
        row(
            "GET",
            "api/allegations?size=200&accused=staff2",
            all(200).hides("againstStaff2ByUsername", STAFF2)),
        row(
            "GET",
            "api/allegations?size=200&accused=dsl",
            all(200).shows("againstDsl", DSL2, HEAD).hides("againstDsl", DSL, STAFF)),
        row("GET", "api/allegations/{againstDsl}", all(404).and(200, STAFF, DSL2, HEAD)),
        row("GET", "api/allegations/{againstHead}", all(404).and(200, STAFF, DSL, DSL2, CHAIR)),
        row("GET", "api/allegations/{againstChair}", all(404).and(200, STAFF, DSL, DSL2, HEAD)),
        row(
            "GET",
            "api/allegations/{againstStaff2ByUsername}",
            all(404).and(200, STAFF, DSL, DSL2, HEAD)),
        row(
            "GET",
            "api/allegations/{againstStaff2ByName}",
            all(404).and(200, STAFF, DSL, DSL2, HEAD)),
        // --- filtering ---
        row("POST", "api/filtering/reports", json, "{}", all(400)),
        row(
            "GET",
            "api/filtering/reports?size=200",
            all(200)
                .and(403, GOV, ADMIN, OFFICE)
                .shows("reportNamingTech", STAFF, DSL, DSL2, HEAD)
                .hides("reportNamingTech", TECH, STAFF2, CHAIR)),
        row(
            "GET",
            "api/filtering/reports/{reportNamingTech}",
            all(404).and(200, STAFF, DSL, DSL2, HEAD).and(403, GOV, ADMIN, OFFICE)),
        row("POST", "api/filtering/change-requests", json, "{}", all(403).and(400, TECH)),
        row("GET", "api/filtering/change-requests", all(403).and(200, DSL, DSL2, HEAD, TECH)),
        row(
            "GET",
            "api/filtering/change-requests/{changeRequest}",
            all(403).and(200, DSL, DSL2, HEAD, TECH)),
        row("GET", "api/filtering/rules", all(403).and(200, DSL, DSL2, HEAD, TECH, GOV)),
        // The same small log for each caller: imported once (201), then known by its hash (200).
        row(
            "POST",
            "api/filtering/imports?name=matrix.csv",
            "text/csv",
            "{quietLog}",
            all(403).and(ANY_2XX, TECH, DSL, DSL2, HEAD)),
        row("GET", "api/filtering/imports", all(403).and(200, TECH, DSL, DSL2, HEAD)),
        row(
            "GET",
            "api/filtering/log-reviews/{logReviewOfDsl2}",
            all(403).and(200, DSL, HEAD).and(404, DSL2)),
        row("GET", "api/filtering/watchlist", all(403).and(200, DSL, DSL2, HEAD, TECH)),
        row("PUT", "api/filtering/watchlist", json, "{watchList}", all(403).and(200, DSL, DSL2)),
        row("POST", "api/filtering/checks", json, "{}", all(403).and(400, TECH, DSL, DSL2, HEAD)),
        row("GET", "api/filtering/checks", all(403).and(200, TECH, DSL, DSL2, HEAD, GOV)),
        row("POST", "api/filtering/reviews", all(403).and(201, DSL, DSL2, HEAD)),
        row("GET", "api/filtering/reviews", all(403).and(200, DSL, DSL2, HEAD, TECH, GOV)),
        row(
            "GET",
            "api/filtering/reviews/{filteringReview}",
            all(403).and(200, DSL, DSL2, HEAD, TECH, GOV)),
        row("GET", "api/filtering/summary", all(403).and(200, DSL, DSL2, HEAD, TECH, GOV)),
        // --- governor reporting ---
        row(
            "POST",
            "api/governance/reports",
            json,
            "{\"from\":\"2026-09-01\",\"to\":\"2026-09-30\"}",
            all(403).and(201, DSL, DSL2, HEAD)),
        row("GET", "api/governance/reports", all(403).and(200, DSL, DSL2, HEAD, GOV)),
        row(
            "GET",
            "api/governance/reports/{draftReport}",
            all(403).and(200, DSL, DSL2, HEAD).and(404, GOV)),
        row("GET", "api/governance/reports/{sentReport}", all(403).and(200, DSL, DSL2, HEAD, GOV)),
        row(
            "GET",
            "api/governance/reports/{draftReport}/csv",
            all(403).and(200, DSL, DSL2, HEAD).and(404, GOV)),
        row(
            "GET",
            "api/governance/reports/{sentReport}/csv",
            all(403).and(200, DSL, DSL2, HEAD, GOV)),
        row(
            "GET",
            "api/governance/reports/{sentReport}/pdf",
            all(403).and(200, DSL, DSL2, HEAD, GOV)),
        row(
            "POST",
            "api/governance/reports/{draftReport}/refresh",
            all(403).and(200, DSL, DSL2, HEAD).and(404, GOV)),
        row(
            "POST",
            "api/governance/reports/{sentReport}/refresh",
            all(403).and(409, DSL, DSL2, HEAD)),
        row(
            "GET",
            "api/governance/statistics?from=2026-09-01&to=2026-09-30",
            all(403).and(200, DSL, DSL2, HEAD, GOV)),
        row("GET", "api/governance/policies", all(200)),
        row("POST", "api/governance/policies", json, "{}", all(403).and(400, DSL, DSL2, HEAD)),
        row("GET", "api/governance/policies/{policy}", all(200)),
        row("GET", "api/governance/policies/{policy}/versions", all(200)),
        row(
            "POST",
            "api/governance/policies/{policy}/versions",
            json,
            "{}",
            all(403).and(400, DSL, DSL2, HEAD)),
        // Version 1 waits for the governors' approval: not yet for those who only read policies in
        // force.
        row(
            "GET",
            "api/governance/policies/{policy}/versions/1",
            all(404).and(200, DSL, DSL2, HEAD, GOV)),
        row(
            "GET",
            "api/governance/policies/{policy}/versions/1/file",
            all(404).and(200, DSL, DSL2, HEAD, GOV)),
        // --- school records (issue 22): one's own agreements and training, the opt-out list for
        // every member of staff; paper forms and consents for the office; reports for the DSL and
        // head ---
        row("GET", "api/records/me", all(200)),
        row("GET", "api/records/agreements", all(200)),
        row(
            "PUT",
            "api/records/agreements/staff-aup",
            json,
            "{}",
            all(403).and(400, DSL, DSL2, HEAD)),
        // The parent AUP is signed on paper: members of staff may sign agreements, but not this
        // one.
        row(
            "POST",
            "api/records/agreements/parent-aup/signatures",
            all(403).and(409, STAFF, STAFF2, DSL, DSL2, HEAD, TECH, OFFICE)),
        row(
            "POST",
            "api/records/agreements/staff-aup/paper-signatures",
            json,
            "{}",
            all(403).and(400, OFFICE, DSL, DSL2, HEAD)),
        row(
            "GET",
            "api/records/agreements/staff-aup/not-signed",
            all(403).and(200, DSL, DSL2, HEAD)),
        row(
            "POST",
            "api/records/photo-consent",
            json,
            "{}",
            all(403).and(400, OFFICE, DSL, DSL2, HEAD)),
        row(
            "GET",
            "api/records/photo-consent/opt-outs?yearGroup=Year%208",
            all(200).and(403, CHAIR, GOV, ADMIN)),
        row(
            "GET",
            "api/records/photo-consent/pupils/{pupil}",
            all(403).and(404, OFFICE, DSL, DSL2, HEAD)),
        row(
            "POST",
            "api/records/photo-consent/999999999/withdrawal",
            json,
            "{}",
            all(403).and(404, OFFICE, DSL, DSL2, HEAD)),
        row("GET", "api/records/training/courses", all(200)),
        row("POST", "api/records/training", json, "{}", all(400).and(403, CHAIR, GOV, ADMIN)),
        row("GET", "api/records/training/gaps", all(403).and(200, DSL, DSL2, HEAD)),
        // Device searches: any member of staff asks; each reads their own, the head and DSL all.
        row(
            "POST",
            "api/records/device-searches",
            json,
            "{}",
            all(400).and(403, CHAIR, GOV, ADMIN)),
        row("GET", "api/records/device-searches", all(200).and(403, CHAIR, GOV, ADMIN)),
        row("GET", "api/records/device-searches/999999999", all(404)),
        // Declared connections: one's own for staff; everyone's for the head and the DSL.
        row("POST", "api/records/connections", json, "{}", all(400).and(403, CHAIR, GOV, ADMIN)),
        row("GET", "api/records/connections/mine", all(200).and(403, CHAIR, GOV, ADMIN)),
        row("GET", "api/records/connections?pupil=P-0042", all(403).and(200, DSL, DSL2, HEAD)));
  }

  // --- the tests -------------------------------------------------------------------------------

  @Test
  void everyEndpointAnswersEveryCallerAsTheTableSays() {
    List<Row> table = table();
    List<String> problems = new ArrayList<>(uncovered(endpoints(), table));
    Map<String, String> fixtures = fixtures();
    int cells = 0;
    for (Row row : table) {
      for (String caller : CALLERS) {
        Outcome expected = row.expect().outcomeFor(caller);
        String path = fill(row.path(), fixtures);
        String body = row.body() == null ? null : fill(row.body(), fixtures);
        Reply reply =
            beacon
                .as(caller)
                .send(
                    row.method(),
                    path,
                    body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body),
                    row.contentType(),
                    "*/*");
        cells++;
        String cell = row.method() + " " + row.path() + " as " + caller;
        if (!expected.statuses().contains(reply.status())) {
          problems.add(
              cell
                  + ": expected "
                  + expected.describe()
                  + ", got "
                  + reply.status()
                  + " "
                  + brief(reply.body()));
          continue;
        }
        for (String fixture : expected.shown()) {
          if (!reply.body().contains("\"" + fixtures.get(fixture) + "\"")) {
            problems.add(
                cell
                    + ": expected "
                    + fixture
                    + " ("
                    + fixtures.get(fixture)
                    + ") in the answer, it is missing");
          }
        }
        for (String fixture : expected.hidden()) {
          if (reply.body().contains("\"" + fixtures.get(fixture) + "\"")) {
            problems.add(
                cell
                    + ": "
                    + fixture
                    + " ("
                    + fixtures.get(fixture)
                    + ") must not be in the answer, it is");
          }
        }
      }
    }
    System.out.printf(
        "Authorization matrix: %d endpoints, %d rows x %d callers = %d cells, %d mismatches%n",
        endpoints().size(), table.size(), CALLERS.size(), cells, problems.size());
    assertThat(problems)
        .as(
            "%d cells (%d rows x %d callers); mismatches:%n%s",
            cells, table.size(), CALLERS.size(), String.join("\n", problems))
        .isEmpty();
  }

  @Test
  void theOpenApiDocumentDescribesEveryEndpointAndOnlyAdministratorsReadIt() {
    Reply document = openApiDocument();
    assertThat(document.status()).as(document.toString()).isEqualTo(200);
    JsonObject paths = document.json().getJsonObject("paths");
    List<String> missing = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      // A template's pattern ({id: [0-9]+}) is not part of the documented path ({id}).
      String path = "/" + endpoint.path().replaceAll("\\{([^}:]+?)\\s*:[^}]*}", "{$1}");
      JsonObject item = paths.containsKey(path) ? paths.getJsonObject(path) : null;
      if (item == null || !item.containsKey(endpoint.method().toLowerCase(java.util.Locale.ROOT))) {
        missing.add(endpoint.method() + " " + path);
      }
    }
    assertThat(missing).as("endpoints missing from /openapi").isEmpty();
    assertThat(paths.keySet())
        .as("nothing but Beacon's own API")
        .allMatch(p -> p.startsWith("/api/"));
    assertThat(beacon.as(DSL).get("openapi").status()).isEqualTo(403);
  }

  /**
   * Every request body a resource accepts is described by its record's schema: the same property
   * names, the required ones (NotNull, NotBlank, NotEmpty) and the length limits; every operation
   * says what it answers and how it fails (the ApiError shape); reporting an incident has an
   * example. A record added or changed without its schema following fails here.
   */
  @Test
  void theOpenApiDocumentDescribesEveryRequestBodyAndAnswer() {
    Reply document = openApiDocument();
    assertThat(document.status()).as(document.toString()).isEqualTo(200);
    JsonObject api = document.json();
    JsonObject paths = api.getJsonObject("paths");
    JsonObject schemas = api.getJsonObject("components").getJsonObject("schemas");
    List<String> problems = new ArrayList<>();
    ApiDocument.records(problems); // two records sharing one schema name
    int bodies = 0;
    for (BeaconModule module : Modules.all()) {
      for (Class<?> resource : module.apiClasses()) {
        Path classPath = resource.getAnnotation(Path.class);
        if (classPath == null) {
          continue;
        }
        for (Method method : resource.getMethods()) {
          String http = httpMethod(method);
          if (http == null) {
            continue;
          }
          Path methodPath = method.getAnnotation(Path.class);
          String path =
              "/"
                  + join("api", classPath.value(), methodPath == null ? "" : methodPath.value())
                      .replaceAll("\\{([^}:]+?)\\s*:[^}]*}", "{$1}");
          String where = http + " " + path;
          JsonObject operation =
              paths.containsKey(path)
                  ? paths.getJsonObject(path).getJsonObject(http.toLowerCase(java.util.Locale.ROOT))
                  : null;
          if (operation == null) {
            problems.add(where + ": missing");
            continue;
          }
          JsonObject responses = operation.getJsonObject("responses");
          if (responses == null
              || responses.keySet().stream().noneMatch(code -> code.matches("[23]\\d\\d"))) {
            problems.add(
                where
                    + ": no success answer documented (a method returning Response needs @APIResponse)");
          } else if (method.getReturnType() != void.class
              && responses.keySet().stream()
                  .filter(code -> code.matches("2\\d\\d") && !code.equals("204"))
                  .map(responses::getJsonObject)
                  .anyMatch(r -> !r.containsKey("content") && !r.containsKey("description"))) {
            problems.add(where + ": its answer has neither a schema nor a description");
          }
          if (responses == null
              || !responses.containsKey("403")
              || !responses
                  .getJsonObject("403")
                  .toString()
                  .contains("#/components/schemas/ApiError")) {
            problems.add(where + ": the error answers (ApiError) are not documented");
          }
          for (int i = 0; i < method.getParameterCount(); i++) {
            if (!ApiDocument.isBody(method.getParameterAnnotations()[i])
                || !method.getParameterTypes()[i].isRecord()) {
              continue;
            }
            bodies++;
            Class<?> record = method.getParameterTypes()[i];
            JsonObject body = operation.getJsonObject("requestBody");
            JsonValue schema =
                body == null ? null : pointer(body, "/content/application~1json/schema");
            String ref = "#/components/schemas/" + ApiDocument.schemaName(record);
            if (!(schema instanceof JsonObject s) || !ref.equals(s.getString("$ref", null))) {
              problems.add(where + ": the request body is not " + ref + " but " + schema);
              continue;
            }
            describes(schemas, record, where, problems, new java.util.HashSet<>());
          }
        }
      }
    }
    assertThat(bodies).as("request bodies that are records").isGreaterThan(10);
    JsonValue example =
        pointer(
            paths.getJsonObject("/api/incidents").getJsonObject("post"),
            "/requestBody/content/application~1json/examples");
    if (!(example instanceof JsonObject examples) || examples.isEmpty()) {
      problems.add("POST /api/incidents: no example of a report");
    }
    assertThat(problems)
        .as("the OpenAPI document against the resources:%n%s", String.join("\n", problems))
        .isEmpty();
  }

  /**
   * The record's schema has its properties, required fields and limits; and so do the records
   * inside it.
   */
  private static void describes(
      JsonObject schemas,
      Class<?> record,
      String where,
      List<String> problems,
      Set<Class<?>> seen) {
    if (!seen.add(record)) {
      return;
    }
    String name = ApiDocument.schemaName(record);
    JsonObject schema = schemas.getJsonObject(name);
    if (schema == null) {
      problems.add(where + ": no schema " + name);
      return;
    }
    JsonObject properties =
        schema.containsKey("properties")
            ? schema.getJsonObject("properties")
            : JsonValue.EMPTY_JSON_OBJECT;
    Set<String> required =
        schema.containsKey("required")
            ? schema.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .collect(Collectors.toSet())
            : Set.of();
    Set<String> components = new TreeSet<>();
    for (java.lang.reflect.RecordComponent component : record.getRecordComponents()) {
      String field = name + "." + component.getName();
      components.add(component.getName());
      JsonObject property =
          properties.containsKey(component.getName())
              ? properties.getJsonObject(component.getName())
              : null;
      if (property == null) {
        problems.add(where + ": " + field + " is accepted but not in the schema");
        continue;
      }
      List<Annotation> constraints;
      try {
        constraints = List.of(record.getDeclaredField(component.getName()).getAnnotations());
      } catch (NoSuchFieldException e) {
        throw new AssertionError(e);
      }
      boolean mandatory =
          constraints.stream()
              .anyMatch(
                  a ->
                      a instanceof jakarta.validation.constraints.NotNull
                          || a instanceof jakarta.validation.constraints.NotBlank
                          || a instanceof jakarta.validation.constraints.NotEmpty);
      if (mandatory != required.contains(component.getName())) {
        problems.add(
            where
                + ": "
                + field
                + (mandatory
                    ? " is required but not marked so"
                    : " is marked required but is not"));
      }
      for (Annotation constraint : constraints) {
        if (constraint instanceof jakarta.validation.constraints.Size size
            && size.max() < Integer.MAX_VALUE) {
          String limit = component.getType() == String.class ? "maxLength" : "maxItems";
          if (property.getInt(limit, -1) != size.max()) {
            problems.add(
                where
                    + ": "
                    + field
                    + " has @Size(max = "
                    + size.max()
                    + ") but "
                    + limit
                    + " "
                    + property.get(limit));
          }
        }
        if (constraint instanceof jakarta.validation.constraints.NotBlank
            && property.getInt("minLength", 0) < 1) {
          problems.add(
              where + ": " + field + " must not be blank but the schema allows an empty string");
        }
      }
      Type type = component.getGenericType();
      if (type instanceof java.lang.reflect.ParameterizedType list
          && list.getActualTypeArguments().length == 1) {
        type = list.getActualTypeArguments()[0];
      }
      if (type instanceof Class<?> nested && nested.isRecord()) {
        describes(schemas, nested, where, problems, seen);
      }
    }
    for (String property : properties.keySet()) {
      if (!components.contains(property)) {
        problems.add(
            where
                + ": "
                + name
                + "."
                + property
                + " is in the schema but the record has no such field");
      }
    }
  }

  /**
   * The document, as an administrator reads it. Payara builds it at the first request, which can
   * take longer than one request's timeout on a loaded machine: then it is asked for once more.
   */
  private Reply openApiDocument() {
    for (int attempt = 1; ; attempt++) {
      try {
        return beacon.as(ADMIN).get("openapi?format=json", "application/json");
      } catch (java.io.UncheckedIOException slowFirstBuild) {
        if (attempt == 4) {
          throw slowFirstBuild;
        }
        try {
          Thread.sleep(5_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw slowFirstBuild;
        }
      }
    }
  }

  private static JsonValue pointer(JsonObject object, String pointer) {
    jakarta.json.JsonPointer p = jakarta.json.Json.createPointer(pointer);
    return p.containsValue(object) ? p.getValue(object) : null;
  }

  /**
   * The committed snapshot of {@code /openapi} ({@code openapi.json} beside the web UI, from which
   * {@code npm run build} generates the UI's types) is the live document. After changing the API,
   * refresh it with {@code -Dbeacon.openapi.refresh=true} (see the README).
   */
  @Test
  void theCommittedOpenApiSnapshotIsTheLiveDocument() throws java.io.IOException {
    Reply document = openApiDocument();
    assertThat(document.status()).as(document.toString()).isEqualTo(200);
    String live = OpenApiSnapshot.normalise(document.json());
    java.nio.file.Path snapshot = OpenApiSnapshot.file();
    if (Boolean.getBoolean("beacon.openapi.refresh")) {
      java.nio.file.Files.writeString(snapshot, live);
      System.out.println("Wrote the live OpenAPI document to " + snapshot);
      return;
    }
    String committed =
        java.nio.file.Files.exists(snapshot) ? java.nio.file.Files.readString(snapshot) : "";
    String difference = OpenApiSnapshot.firstDifference(committed, live);
    assertThat(difference)
        .as(
            "%s is not the live /openapi document; refresh it with%n  %s%nand commit it",
            snapshot, OpenApiSnapshot.REFRESH)
        .isNull();
  }

  @Test
  void theAuditTrailNeverShowsADslTheRowsOfACaseNamingThem() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String reference = raise(accusedByName("dana lead"));
    String task = onlyTask(HEAD, ALLEGATIONS, reference);
    String logReview = logReviewOf("DEMO\\dlead2", run);
    // Reads and refusals about the cases, so there is something to hide.
    beacon.as(HEAD).get("api/tasks/" + task);
    beacon.as(DSL2).get("api/allegations/" + reference);
    beacon.as(DSL).get("api/allegations/" + reference);
    beacon.as(DSL).get("api/tasks/" + task);
    beacon.as(DSL).get("api/filtering/log-reviews/" + logReview);
    beacon.as(DSL2).get("api/staff/Dana%20Lead/chronology");

    // The chronology read is recorded under the person asked for, whatever name was typed.
    assertThat(
            resourceIds(audit(ADMIN, "?resourceType=staff-chronology&actor=" + DSL2 + "&size=20")))
        .contains("dsl");
    assertThat(resourceIds(audit(ADMIN, "?size=500"))).contains(reference, task, logReview);
    assertThat(resourceIds(audit(DSL2, "?resourceType=allegation&resourceId=" + reference)))
        .contains(reference);

    SoftAssertions.assertSoftly(
        soft -> {
          // Whoever searched the trail for the case left a row "allegation/<reference>" too.
          soft.assertThat(mentioning(audit(DSL, "?size=500"), reference, task))
              .as("dsl's trail: rows naming the allegation about them or its task")
              .isEmpty();
          soft.assertThat(
                  resourceIds(audit(DSL, "?resourceType=allegation&resourceId=" + reference)))
              .as("dsl searching for the allegation naming them")
              .isEmpty();
          soft.assertThat(resourceIds(audit(DSL, "?resourceType=task&resourceId=" + task)))
              .as("dsl searching for that allegation's task")
              .isEmpty();
          soft.assertThat(mentioning(audit(DSL2, "?size=500"), logReview))
              .as("dsl2's trail: rows naming the review of their own web use")
              .isEmpty();
          soft.assertThat(mentioning(audit(DSL, "?size=500"), "Dana Lead"))
              .as("dsl's trail: who read their chronology, asked for by their name")
              .isEmpty();
        });
  }

  // --- endpoints and coverage --------------------------------------------------------------------

  /**
   * A declared endpoint: HTTP method and the path under the server's root, e.g. {@code
   * api/allegations/{id}}.
   */
  record Endpoint(String method, String path) {

    boolean matches(String method, String concretePath) {
      if (!this.method.equals(method)) {
        return false;
      }
      String regex =
          Arrays.stream(path.split("/"))
              .map(s -> s.startsWith("{") ? "[^/]+" : java.util.regex.Pattern.quote(s))
              .collect(Collectors.joining("/"));
      return concretePath.matches(regex);
    }

    /** Literal characters: a literal segment wins over a template, as in JAX-RS. */
    int literalLength() {
      return Arrays.stream(path.split("/"))
          .filter(s -> !s.startsWith("{"))
          .mapToInt(String::length)
          .sum();
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** Every endpoint the modules declare, by reflection over their JAX-RS resources. */
  static List<Endpoint> endpoints() {
    List<Endpoint> found = new ArrayList<>();
    for (BeaconModule module : Modules.all()) {
      for (Class<?> resource : module.apiClasses()) {
        Path classPath = resource.getAnnotation(Path.class);
        if (classPath == null) {
          continue; // a provider, such as the error mapper
        }
        for (Method method : resource.getMethods()) {
          String http = httpMethod(method);
          if (http == null) {
            continue;
          }
          Path methodPath = method.getAnnotation(Path.class);
          found.add(
              new Endpoint(
                  http,
                  join("api", classPath.value(), methodPath == null ? "" : methodPath.value())));
        }
      }
    }
    assertThat(found).as("endpoints found by reflection").hasSizeGreaterThan(40);
    return found;
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String join(String... parts) {
    return Arrays.stream(parts)
        .flatMap(p -> Arrays.stream(p.split("/")))
        .filter(s -> !s.isBlank())
        .collect(Collectors.joining("/"));
  }

  /** Endpoints with no row, and rows that name no endpoint. */
  static List<String> uncovered(List<Endpoint> endpoints, List<Row> table) {
    Set<Endpoint> covered = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (Row row : table) {
      String path = row.path().split("\\?")[0];
      Endpoint best = null;
      for (Endpoint endpoint : endpoints) {
        if (endpoint.matches(row.method(), path)
            && (best == null || endpoint.literalLength() > best.literalLength())) {
          best = endpoint;
        }
      }
      if (best == null) {
        problems.add(row.method() + " " + row.path() + ": a row for no endpoint");
      } else {
        covered.add(best);
      }
    }
    for (Endpoint endpoint : endpoints) {
      if (!covered.contains(endpoint)) {
        problems.add(endpoint + ": an endpoint without a row in the table");
      }
    }
    return problems;
  }

  // --- fixtures --------------------------------------------------------------------------------

  /**
   * The cases the table talks about, made through the API as users would; name to reference or id.
   */
  private Map<String, String> fixtures() {
    Map<String, String> f = new HashMap<>();
    String run = UUID.randomUUID().toString().substring(0, 8);
    f.put("pupil", "P-" + run);

    String type = incidentType();
    f.put("incidentNamingStaff2", report(type, f.get("pupil"), "{\"username\":\"staff2\"}"));
    f.put("incidentNamingSashaStaff", report(type, "P2-" + run, "{\"name\":\"sasha staff\"}"));
    f.put("incidentNamingDanaLead", report(type, "P3-" + run, "{\"name\":\"dana lead\"}"));

    f.put("againstDsl", raise(accusedByName("dana lead")));
    f.put(
        "againstHead", raise("{\"username\":\"head\",\"headteacher\":false,\"role\":\"teacher\"}"));
    f.put(
        "againstChair", raise("{\"username\":\"chair\",\"headteacher\":false,\"role\":\"other\"}"));
    f.put(
        "againstStaff2ByUsername",
        raise("{\"username\":\"staff2\",\"headteacher\":false,\"role\":\"teacher\"}"));
    f.put("againstStaff2ByName", raise(accusedByName("sasha staff")));
    f.put("taskAgainstDsl", onlyTask(HEAD, ALLEGATIONS, f.get("againstDsl")));
    f.put("taskAgainstHead", onlyTask(CHAIR, ALLEGATIONS, f.get("againstHead")));
    f.put("taskAgainstChair", onlyTask(HEAD, ALLEGATIONS, f.get("againstChair")));
    f.put(
        "taskAgainstStaff2ByUsername",
        onlyTask(HEAD, ALLEGATIONS, f.get("againstStaff2ByUsername")));
    f.put("taskAgainstStaff2ByName", onlyTask(HEAD, ALLEGATIONS, f.get("againstStaff2ByName")));
    f.put("mentionStaff2", firstMention(f.get("againstStaff2ByName")));
    f.put("mentionDsl", firstMention(f.get("againstDsl")));

    // Potentially illegal: the technician would preserve the evidence, but it is their account.
    f.put(
        "reportNamingTech",
        created(
                STAFF,
                "api/filtering/reports",
                "{\"kind\":\"underblocking\",\"url\":\"http://matrix-"
                    + run
                    + ".example/\",\"seenAt\":\"2026-03-03T10:00\","
                    + "\"content\":\"Images that looked illegal\",\"foundBy\":\"Mr Jones\",\"device\":\"Laptop 6B-04\","
                    + "\"userAccount\":\"DEMO\\\\ttech\",\"potentiallyIllegal\":true}")
            .getString("reference"));
    f.put(
        "changeRequest",
        created(
                TECH,
                "api/filtering/change-requests",
                "{\"patternType\":\"domain\",\"pattern\":\"matrix-"
                    + run
                    + ".example\",\"action\":\"block\","
                    + "\"reason\":\"Games in lessons\",\"scope\":\"allUsers\"}")
            .getString("reference"));
    f.put("logReviewOfDsl2", logReviewOf("DEMO\\dlead2", run));
    f.put(
        "taskLogReviewOfDsl2",
        onlyTask(DSL, "FilteringLogReviewProcess", f.get("logReviewOfDsl2")));
    f.put(
        "quietLog",
        "timestamp,user,ip,url,action,category\n2026-03-03T09:00:00Z,DEMO\\sstaff,10.0.0.9,https://quiet-"
            + run
            + ".example/,allowed,education\n");
    f.put("watchList", beacon.as(DSL).get("api/filtering/watchlist").body());
    f.put("filteringReview", created(DSL, "api/filtering/reviews", null).getString("reference"));

    f.put("draftReport", governorReport());
    String sent = governorReport();
    sendToGovernors(sent);
    f.put("sentReport", sent);
    f.put("policy", policyWithPendingVersion(run));
    return f;
  }

  private String incidentType() {
    Reply types = beacon.as(STAFF).get("api/incidents/types");
    assertThat(types.status()).as(types.toString()).isEqualTo(200);
    return types.array().getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .filter(t -> !t.equals("other"))
        .findFirst()
        .orElseThrow();
  }

  private String report(String type, String pupil, String staff) {
    return created(
            STAFF,
            "api/incidents",
            "{\"occurredAt\":\"2026-11-20T10:15\",\"location\":\"Room 12\","
                + "\"device\":{\"ownership\":\"school\",\"identifier\":\"LAPTOP-22\"},"
                + "\"description\":\"Seen on a screen in the lesson\",\"urls\":[\"https://video.example/watch?v=1\"],"
                + "\"pupils\":[{\"reference\":\""
                + pupil
                + "\",\"yearGroup\":\"Year 8\"}],\"staff\":["
                + staff
                + "],"
                + "\"incidentType\":"
                + jakarta.json.Json.createValue(type)
                + ",\"immediateRisk\":false}")
        .getString("reference");
  }

  private static String accusedByName(String name) {
    return "{\"name\":\"" + name + "\",\"headteacher\":false,\"role\":\"teacher\"}";
  }

  /** Raised by {@code staff}, who then holds a receipt. */
  private String raise(String accused) {
    return created(
            STAFF,
            "api/allegations",
            "{\"accused\":"
                + accused
                + ","
                + "\"reporter\":{\"name\":\"A parent\",\"relationship\":\"parent of a pupil in Year 4\"},"
                + "\"whatHappened\":\"Sent private messages to a pupil\",\"occurredAt\":\"2026-01-15T16:30\","
                + "\"children\":[{\"reference\":\"P-"
                + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"yearGroup\":\"Year 4\"}],"
                + "\"source\":\"parent\",\"immediateDanger\":false}")
        .getString("reference");
  }

  private String firstMention(String allegation) {
    Reply mentions =
        beacon
            .as(DSL2)
            .get("api/people/mentions?process=" + ALLEGATIONS + "&reference=" + allegation);
    assertThat(mentions.status()).as(mentions.toString()).isEqualTo(200);
    assertThat(mentions.array()).as("the names given in %s", allegation).isNotEmpty();
    return String.valueOf(mentions.array().getJsonObject(0).getJsonNumber("id").longValue());
  }

  /**
   * Five blocked requests on one school day flag them all for a DSL's review of that user's web
   * use.
   */
  private String logReviewOf(String account, String run) {
    LocalDate day = LocalDate.of(2025, 1, 6).plusDays(ThreadLocalRandom.current().nextInt(300));
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    StringBuilder log = new StringBuilder("timestamp,user,ip,url,action,category\n");
    for (int i = 0; i < 6; i++) {
      log.append(day)
          .append("T10:0")
          .append(i)
          .append(":00Z,")
          .append(account)
          .append(",10.0.0.7,http://games-")
          .append(run)
          .append(".example/")
          .append(i)
          .append(",blocked,games\n");
    }
    Reply imported =
        beacon
            .as(TECH)
            .post(
                "api/filtering/imports?name=matrix-" + run + ".csv",
                "text/csv",
                BodyPublishers.ofString(log.toString()));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    JsonArray reviews = imported.json().getJsonArray("reviews");
    assertThat(reviews).as(imported.toString()).hasSize(1);
    return reviews.getJsonObject(0).getString("reference");
  }

  private String governorReport() {
    Reply created =
        beacon
            .as(DSL)
            .postJson("api/governance/reports", "{\"from\":\"2026-09-01\",\"to\":\"2026-09-30\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return String.valueOf(created.json().getJsonNumber("id").longValue());
  }

  /** The DSL writes the commentary and the head approves it: the report awaits the governors. */
  private void sendToGovernors(String id) {
    String reference =
        beacon.as(DSL).get("api/governance/reports/" + id).json().getString("reference");
    complete(
        DSL,
        onlyTask(DSL, "GovernorReportProcess", reference),
        "{\"commentary\":\"Nothing unusual this month.\"}");
    complete(
        HEAD,
        onlyTask(HEAD, "GovernorReportProcess", reference),
        "{\"reviewDecision\":\"approve\"}");
  }

  private String policyWithPendingVersion(String run) {
    String id =
        String.valueOf(
            created(
                    DSL,
                    "api/governance/policies",
                    "{\"kind\":\"other\",\"title\":\"Matrix policy "
                        + run
                        + "\",\"reviewCycle\":\"annual\"}")
                .getJsonNumber("id")
                .longValue());
    created(
        DSL,
        "api/governance/policies/" + id + "/versions",
        "{\"author\":\"C.Lawson\",\"date\":\""
            + LocalDate.now()
            + "\",\"changeSummary\":\"First version\","
            + "\"text\":\"Version one of the matrix policy.\"}");
    return id;
  }

  private JsonObject created(String user, String path, String json) {
    Reply reply = json == null ? beacon.as(user).post(path) : beacon.as(user).postJson(path, json);
    assertThat(reply.status()).as("%s POST %s: %s", user, path, reply).isEqualTo(201);
    return reply.json();
  }

  private String onlyTask(String user, String process, String businessKey) {
    Reply reply =
        beacon
            .as(user)
            .get(
                "api/tasks?size=200&processDefinitionKey="
                    + process
                    + "&businessKey="
                    + businessKey);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonArray items = reply.json().getJsonArray("items");
    assertThat(items).as("open tasks of %s for %s", user, businessKey).hasSize(1);
    return items.getJsonObject(0).getString("id");
  }

  private void complete(String user, String task, String values) {
    Reply reply = beacon.as(user).postJson("api/tasks/" + task + "/complete", values);
    assertThat(reply.status()).as("%s completes %s: %s", user, task, reply).isEqualTo(204);
  }

  private JsonArray audit(String user, String query) {
    Reply reply = beacon.as(user).get("api/audit" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.array();
  }

  private static List<String> resourceIds(JsonArray rows) {
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .filter(
            r ->
                r.get("resourceId") != null
                    && r.get("resourceId").getValueType() == JsonValue.ValueType.STRING)
        .map(r -> r.getString("resourceId"))
        .toList();
  }

  /** The resource ids that name any of the cases, whole or inside a longer id. */
  private static List<String> mentioning(JsonArray rows, String... cases) {
    return resourceIds(rows).stream()
        .filter(id -> Arrays.stream(cases).anyMatch(id::contains))
        .toList();
  }

  private static String fill(String template, Map<String, String> fixtures) {
    Matcher m = java.util.regex.Pattern.compile("\\{([A-Za-z0-9]+)}").matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = fixtures.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("No fixture " + m.group(1) + " for " + template);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String brief(String body) {
    String oneLine = body.replaceAll("\\s+", " ");
    return oneLine.length() > 160 ? oneLine.substring(0, 160) + "..." : oneLine;
  }

  // --- the table's little language ---------------------------------------------------------------

  /** 200 or 201, where either is right (an import the server has seen before answers 200). */
  static final Set<Integer> ANY_2XX = Set.of(200, 201);

  record Row(String method, String path, String contentType, String body, Expect expect) {}

  static Row row(String method, String path, Expect expect) {
    return new Row(method, path, null, null, expect);
  }

  static Row row(String method, String path, String contentType, String body, Expect expect) {
    return new Row(method, path, contentType, body, expect);
  }

  static Expect all(int status) {
    return new Expect(Set.of(status));
  }

  /**
   * What one caller must get: one of the statuses, and the fixtures the answer must or must not
   * hold.
   */
  record Outcome(Set<Integer> statuses, Set<String> shown, Set<String> hidden) {
    String describe() {
      return statuses.stream().map(String::valueOf).sorted().collect(Collectors.joining(" or "));
    }
  }

  /** The outcomes of one row, caller by caller. */
  static final class Expect {
    private final Set<Integer> byDefault;
    private final Map<String, Set<Integer>> statuses = new LinkedHashMap<>();
    private final Map<String, Set<String>> shown = new HashMap<>();
    private final Map<String, Set<String>> hidden = new HashMap<>();

    Expect(Set<Integer> byDefault) {
      this.byDefault = byDefault;
    }

    Expect and(int status, String... callers) {
      return and(Set.of(status), callers);
    }

    Expect and(Set<Integer> any, String... callers) {
      for (String caller : callers) {
        statuses.put(known(caller), any);
      }
      return this;
    }

    Expect shows(String fixture, String... callers) {
      for (String caller : callers) {
        shown.computeIfAbsent(known(caller), c -> new TreeSet<>()).add(fixture);
      }
      return this;
    }

    Expect hides(String fixture, String... callers) {
      for (String caller : callers) {
        hidden.computeIfAbsent(known(caller), c -> new TreeSet<>()).add(fixture);
      }
      return this;
    }

    Outcome outcomeFor(String caller) {
      return new Outcome(
          statuses.getOrDefault(caller, byDefault),
          shown.getOrDefault(caller, Set.of()),
          hidden.getOrDefault(caller, Set.of()));
    }

    private static String known(String caller) {
      if (!CALLERS.contains(caller)) {
        throw new IllegalArgumentException("Unknown caller " + caller);
      }
      return caller;
    }
  }
}
