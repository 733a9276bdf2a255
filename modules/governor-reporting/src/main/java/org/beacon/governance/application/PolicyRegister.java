package org.beacon.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.beacon.governance.api.PolicyProcesses;
import org.beacon.governance.domain.policy.NewVersion;
import org.beacon.governance.domain.policy.Policy;
import org.beacon.governance.domain.policy.PolicyContent;
import org.beacon.governance.domain.policy.PolicyKind;
import org.beacon.governance.domain.policy.PolicyRepository;
import org.beacon.governance.domain.policy.PolicyStateException;
import org.beacon.governance.domain.policy.PolicyVersion;
import org.beacon.governance.domain.policy.ReviewCycle;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.SchoolTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The policy register as people use it: policies, their versions (text or an uploaded file), and
 * every version kept and readable. A submitted version goes to the governing body at once.
 */
@ApplicationScoped
public class PolicyRegister {

  static final String RESOURCE = "policy";

  /** The largest file a version may be. */
  public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

  /** Documents a school writes policies in. */
  public static final Set<String> FILE_TYPES =
      Set.of(
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/msword",
          "application/vnd.oasis.opendocument.text",
          "application/rtf",
          "text/plain");

  @Inject PolicyRepository policies;
  @Inject RuntimeService runtimeService;
  @Inject AuditLog audit;

  Clock clock = Clock.systemUTC();

  /**
   * A policy as asked for.
   *
   * @param kind e-safety, staff-aup, pupil-aup, parent-aup, social-media, mobile-phones or other
   * @param title its title; the kind's usual title when left out (required for other)
   * @param reviewCycle annual, two-years or fixed-date
   */
  public record NewPolicy(String kind, String title, String reviewCycle) {}

  /**
   * A version as submitted: either {@code text}, or a {@code file}.
   *
   * @param author who wrote it
   * @param date the date on the version (YYYY-MM-DD)
   * @param changeSummary what changed
   * @param nextReviewDate when to review it, if not by the policy's cycle (required for fixed-date)
   * @param text the policy's text
   * @param file an uploaded document
   */
  public record SubmittedVersion(
      String author,
      String date,
      String changeSummary,
      String nextReviewDate,
      String text,
      UploadedFile file) {}

  /**
   * @param name the file's name
   * @param contentType its media type, one of {@link #FILE_TYPES}
   * @param base64 its bytes, Base64 encoded
   */
  public record UploadedFile(String name, String contentType, String base64) {}

  /** A version's document. */
  public record StoredFile(String name, String contentType, byte[] bytes) {}

  @Transactional
  public PolicyView create(Caller caller, NewPolicy request) {
    requireWriter(caller, "create", null);
    if (request == null) {
      throw BeaconProblem.invalid(
          "Send the policy as a JSON object", Map.of("body", "is required"));
    }
    FieldErrors errors = new FieldErrors();
    PolicyKind kind = PolicyKind.fromId(text(request.kind())).orElse(null);
    if (kind == null) {
      errors.put(
          "kind",
          "must be one of "
              + String.join(
                  ", ", java.util.Arrays.stream(PolicyKind.values()).map(PolicyKind::id).toList()));
    }
    ReviewCycle cycle = ReviewCycle.fromId(text(request.reviewCycle())).orElse(null);
    if (cycle == null) {
      errors.put("reviewCycle", "must be annual, two-years or fixed-date");
    }
    String title = text(request.title());
    if (title.isEmpty() && kind == PolicyKind.OTHER) {
      errors.put("title", "is required for a policy of kind other");
    } else if (title.length() > 200) {
      errors.put("title", "must be at most 200 characters");
    }
    if (!errors.isEmpty()) {
      audit.denied(
          "create", RESOURCE, null, "invalid policy: " + String.join(", ", errors.fields()));
      throw errors.problem("The policy has " + errors.size() + " invalid field(s)");
    }
    Policy policy =
        policies.add(
            new Policy(
                kind,
                title.isEmpty() ? kind.defaultTitle() : title,
                cycle,
                caller.username(),
                clock.instant()));
    audit.allowed("create", RESOURCE, policy.reference());
    return PolicyView.of(policy, caller);
  }

  @Transactional
  public List<PolicyView> list(Caller caller) {
    List<PolicyView> all = policies.all().stream().map(p -> PolicyView.summary(p)).toList();
    audit.allowed("list", RESOURCE, null, all.size() + " polic(ies)");
    return all;
  }

  @Transactional
  public PolicyView get(Caller caller, long id) {
    Policy policy = policy(caller, id, "read");
    audit.allowed("read", RESOURCE, policy.reference());
    return PolicyView.of(policy, caller);
  }

  /** Stores a new version and sends it to the governing body for approval. */
  @Transactional
  public PolicyView.Version submit(Caller caller, long id, SubmittedVersion submitted) {
    Policy policy = policy(caller, id, "submit");
    requireWriter(caller, "submit", policy.reference());
    NewVersion version = check(submitted, policy);
    PolicyVersion stored;
    try {
      stored = policy.submit(version, caller.username(), clock.instant());
    } catch (PolicyStateException clash) {
      audit.denied("submit", RESOURCE, policy.reference(), clash.getMessage());
      throw BeaconProblem.conflict(clash.getMessage());
    }
    policies.store(policy);
    ProcessInstance approval =
        runtimeService.startProcessInstanceByKey(
            PolicyProcesses.APPROVAL_KEY,
            stored.reference(),
            Map.of(
                PolicyProcesses.POLICY_ID, policy.id(),
                PolicyProcesses.POLICY_TITLE, policy.title(),
                PolicyProcesses.VERSION_NUMBER, (long) stored.number(),
                PolicyProcesses.CHANGE_SUMMARY, stored.changeSummary()));
    stored.startedAs(approval.getId());
    audit.allowed(
        "submit",
        RESOURCE,
        stored.reference(),
        stored.contentKind().name().toLowerCase(Locale.ROOT)
            + ", "
            + stored.sizeBytes()
            + " bytes");
    return PolicyView.Version.of(stored, true);
  }

  /** One version with its text (a file is read by {@link #file}). */
  @Transactional
  public PolicyView.Version version(Caller caller, long id, int number) {
    PolicyVersion version = readableVersion(caller, id, number, "read");
    audit.allowed("read", RESOURCE, version.reference());
    return PolicyView.Version.of(version, true);
  }

  @Transactional
  public StoredFile file(Caller caller, long id, int number) {
    PolicyVersion version = readableVersion(caller, id, number, "download");
    audit.allowed("download", RESOURCE, version.reference());
    PolicyContent content = version.content();
    if (version.contentKind() == PolicyVersion.ContentKind.TEXT) {
      return new StoredFile(
          "policy-" + id + "-v" + number + ".txt",
          "text/plain; charset=UTF-8",
          content.text().getBytes(StandardCharsets.UTF_8));
    }
    return new StoredFile(version.fileName(), version.contentType(), content.fileBytes());
  }

  private PolicyVersion readableVersion(Caller caller, long id, int number, String action) {
    Policy policy = policy(caller, id, action);
    PolicyVersion version = policy.version(number).orElse(null);
    if (version == null || !GovernanceAccess.readsVersion(caller, version.status())) {
      audit.denied(
          action,
          RESOURCE,
          policy.reference() + "-V" + number,
          version == null ? "no such version" : "not in force");
      throw BeaconProblem.notFound("No such version");
    }
    return version;
  }

  private Policy policy(Caller caller, long id, String action) {
    return policies
        .find(id)
        .orElseThrow(
            () -> {
              audit.denied(action, RESOURCE, "POLICY-" + id, "no such policy");
              return BeaconProblem.notFound("No such policy");
            });
  }

  private void requireWriter(Caller caller, String action, String reference) {
    if (!GovernanceAccess.leadsSafeguarding(caller)) {
      audit.denied(action, RESOURCE, reference, "requires dsl or head");
      throw BeaconProblem.forbidden("Policies are written by the DSL or the headteacher");
    }
  }

  private NewVersion check(SubmittedVersion submitted, Policy policy) {
    if (submitted == null) {
      throw BeaconProblem.invalid(
          "Send the version as a JSON object", Map.of("body", "is required"));
    }
    FieldErrors errors = new FieldErrors();
    String author = text(submitted.author());
    if (author.isEmpty() || author.length() > 200) {
      errors.put("author", "is required, at most 200 characters");
    }
    LocalDate date = date(submitted.date(), "date", true, errors);
    String summary = text(submitted.changeSummary());
    if (summary.isEmpty() || summary.length() > 2000) {
      errors.put("changeSummary", "is required, at most 2000 characters");
    }
    LocalDate nextReview = date(submitted.nextReviewDate(), "nextReviewDate", false, errors);
    LocalDate today = SchoolTime.dayOf(clock.instant());
    if (nextReview != null && !nextReview.isAfter(today)) {
      errors.put("nextReviewDate", "must be after today");
    }
    if (nextReview == null
        && policy.reviewCycle() == ReviewCycle.FIXED_DATE
        && !errors.has("nextReviewDate")) {
      errors.put(
          "nextReviewDate", "is required: this policy is reviewed on a date set with each version");
    }
    boolean hasText = submitted.text() != null && !submitted.text().isBlank();
    boolean hasFile = submitted.file() != null;
    byte[] bytes = null;
    String fileName = null;
    String contentType = null;
    if (hasText == hasFile) {
      errors.put("text", "give either the policy's text or a file, not both");
    } else if (hasText && submitted.text().length() > PolicyContent.MAX_TEXT) {
      errors.put(
          "text",
          "must be at most " + PolicyContent.MAX_TEXT + " characters; upload a file instead");
    } else if (hasFile) {
      UploadedFile file = submitted.file();
      fileName = text(file.name());
      if (fileName.isEmpty()
          || fileName.length() > 255
          || fileName.contains("/")
          || fileName.contains("\\")
          || fileName.contains("\"")
          || fileName.chars().anyMatch(Character::isISOControl)) {
        errors.put(
            "file.name", "is required: a file name of at most 255 characters, without folders");
      }
      contentType = text(file.contentType()).toLowerCase(Locale.ROOT);
      if (!FILE_TYPES.contains(contentType)) {
        errors.put(
            "file.contentType",
            "must be one of " + String.join(", ", new java.util.TreeSet<>(FILE_TYPES)));
      }
      bytes = decode(file.base64(), errors);
      if (bytes != null && errors.isEmpty() && !looksLike(contentType, bytes)) {
        errors.put("file.base64", "is not a " + contentType + " document");
      }
    }
    if (!errors.isEmpty()) {
      audit.denied(
          "submit",
          RESOURCE,
          policy.reference(),
          "invalid version: " + String.join(", ", errors.fields()));
      throw errors.problem("The version has " + errors.size() + " invalid field(s)");
    }
    return new NewVersion(
        author,
        date,
        summary,
        nextReview,
        hasText ? submitted.text() : null,
        fileName,
        contentType,
        bytes);
  }

  private static byte[] decode(String base64, FieldErrors errors) {
    if (base64 == null || base64.isBlank()) {
      errors.put("file.base64", "is required: the file's bytes, Base64 encoded");
      return null;
    }
    // Base64 is 4 characters for 3 bytes: refuse an oversized file before decoding it.
    if (base64.length() > (MAX_FILE_BYTES / 3 + 1) * 4 + 4) {
      errors.put(
          "file.base64", "the file may be at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
      return null;
    }
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(base64);
      if (bytes.length == 0) {
        errors.put("file.base64", "the file is empty");
        return null;
      }
      if (bytes.length > MAX_FILE_BYTES) {
        errors.put(
            "file.base64", "the file may be at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        return null;
      }
      return bytes;
    } catch (IllegalArgumentException e) {
      errors.put("file.base64", "is not Base64");
      return null;
    }
  }

  /** A light check that the bytes are the kind of document claimed, by their first bytes. */
  static boolean looksLike(String contentType, byte[] bytes) {
    return switch (contentType) {
      case "application/pdf" -> startsWith(bytes, "%PDF-");
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.oasis.opendocument.text" ->
          startsWith(bytes, "PK");
      case "application/rtf" -> startsWith(bytes, "{\\rtf");
      case "application/msword" ->
          bytes.length > 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF;
      default -> true;
    };
  }

  private static boolean startsWith(byte[] bytes, String magic) {
    byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length < expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (bytes[i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static LocalDate date(String text, String field, boolean required, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      if (required) {
        errors.put(field, "is required (YYYY-MM-DD)");
      }
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      errors.put(field, "must be a date as YYYY-MM-DD");
      return null;
    }
  }

  private static String text(String value) {
    return value == null ? "" : value.trim();
  }
}
