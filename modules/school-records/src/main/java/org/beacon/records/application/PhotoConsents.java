package org.beacon.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Pupils;
import org.beacon.records.domain.PhotoConsent;
import org.beacon.records.domain.PhotoConsentRepository;
import org.beacon.records.domain.PhotoUse;

/**
 * Photo and image consent: the office records a parent's form and withdrawals; every member of
 * staff reads the opt-out list before publishing; leavers' images are deleted.
 */
@ApplicationScoped
public class PhotoConsents {

  static final String CONSENT = "photo-consent";

  /** The most pupils the opt-out list walks through. */
  private static final int MAX_PUPILS = 5000;

  @Inject PhotoConsentRepository repository;
  @Inject Pupils pupils;
  @Inject AuditLog audit;

  /** A parent's form: yes or no to each use, who answered and on which day. */
  public record ConsentForm(
      String pupilReference, Map<String, Boolean> uses, String answeredBy, String answeredOn) {}

  /** A consent as the office sees it. */
  public record ConsentView(
      long id,
      String pupilReference,
      String yearGroup,
      List<String> consented,
      List<String> refused,
      String answeredBy,
      LocalDate answeredOn,
      LocalDate withdrawnOn,
      String recordedBy) {}

  /** A withdrawal: the day the parent withdrew (today when absent). */
  public record Withdrawal(String withdrawnOn) {}

  /**
   * A line of the opt-out list: a pupil on roll who may not appear in some uses; nothing else.
   *
   * @param refused the uses refused, by their API names
   */
  public record OptOut(String pupilReference, String yearGroup, List<String> refused) {}

  @Transactional
  public ConsentView record(Caller caller, ConsentForm form) {
    RecordsAccess.require(
        caller,
        audit,
        "record",
        CONSENT,
        "Only the office, the DSL and the head record consent forms",
        RecordsAccess.RECORD_KEEPERS);
    if (form == null) {
      throw BeaconProblem.invalid("Send the consent form", Map.of("pupilReference", "is required"));
    }
    Map<String, String> problems = new TreeMap<>();
    String reference = Fields.required(problems, "pupilReference", form.pupilReference(), 100);
    Pupil pupil = reference == null ? null : pupils.find(reference).orElse(null);
    if (reference != null && pupil == null) {
      problems.put("pupilReference", "is not on the pupil register");
    }
    String answeredBy = Fields.required(problems, "answeredBy", form.answeredBy(), 200);
    LocalDate answeredOn =
        Fields.pastDate(problems, "answeredOn", form.answeredOn(), ProcessVariables.today());
    Set<PhotoUse> consented = EnumSet.noneOf(PhotoUse.class);
    Map<String, Boolean> uses = form.uses() == null ? Map.of() : form.uses();
    for (PhotoUse use : PhotoUse.values()) {
      Boolean answer = uses.get(use.id());
      if (answer == null) {
        problems.put("uses." + use.id(), "answer yes or no");
      } else if (answer) {
        consented.add(use);
      }
    }
    for (String key : uses.keySet()) {
      if (PhotoUse.fromId(key).isEmpty()) {
        problems.put("uses." + key, "is not a question of the form");
      }
    }
    Fields.check("The consent form cannot be recorded", problems);
    PhotoConsent consent =
        repository.add(
            new PhotoConsent(
                pupil.reference(),
                pupil.yearGroup(),
                consented,
                answeredBy,
                answeredOn,
                caller.username(),
                ProcessVariables.now()));
    audit.allowed("record", CONSENT, String.valueOf(consent.id()), pupil.reference());
    return view(consent);
  }

  @Transactional
  public ConsentView withdraw(Caller caller, long id, Withdrawal withdrawal) {
    RecordsAccess.require(
        caller,
        audit,
        "withdraw",
        CONSENT,
        "Only the office, the DSL and the head record withdrawals",
        RecordsAccess.RECORD_KEEPERS);
    PhotoConsent consent =
        repository.find(id).orElseThrow(() -> BeaconProblem.notFound("No consent " + id));
    Map<String, String> problems = new TreeMap<>();
    LocalDate on =
        withdrawal == null || withdrawal.withdrawnOn() == null
            ? ProcessVariables.today()
            : Fields.pastDate(
                problems, "withdrawnOn", withdrawal.withdrawnOn(), ProcessVariables.today());
    Fields.check("The withdrawal cannot be recorded", problems);
    consent.withdraw(on);
    audit.allowed("withdraw", CONSENT, String.valueOf(id), consent.pupilReference());
    return view(consent);
  }

  /** The office, the DSL and the head read a pupil's latest form. */
  public ConsentView forPupil(Caller caller, String reference) {
    RecordsAccess.require(
        caller,
        audit,
        "read",
        CONSENT,
        "Only the office, the DSL and the head read consent forms",
        RecordsAccess.RECORD_KEEPERS);
    PhotoConsent consent =
        repository
            .latestFor(reference == null ? "" : reference.trim())
            .orElseThrow(() -> BeaconProblem.notFound("No consent form for " + reference));
    audit.allowed("read", CONSENT, String.valueOf(consent.id()), consent.pupilReference());
    return view(consent);
  }

  /**
   * The pupils on roll who may not appear in some uses, in a year group or all: a pupil without a
   * form has consented to nothing. Every member of staff reads it before publishing.
   */
  public List<OptOut> optOuts(Caller caller, String yearGroup) {
    RecordsAccess.requireStaff(caller, audit, "read-opt-outs", CONSENT);
    LocalDate today = ProcessVariables.today();
    String year =
        yearGroup == null || yearGroup.isBlank() ? null : yearGroup.trim().toLowerCase(Locale.ROOT);
    Map<String, PhotoConsent> latest =
        repository.latestPerPupil().stream()
            .collect(
                Collectors.toMap(c -> key(c.pupilReference()), Function.identity(), (a, b) -> a));
    List<OptOut> list = new ArrayList<>();
    for (Pupil pupil : pupils.search("", MAX_PUPILS)) {
      if (pupil.leftBy(today) || (year != null && !sameYear(year, pupil.yearGroup()))) {
        continue;
      }
      PhotoConsent consent = latest.get(key(pupil.reference()));
      Set<PhotoUse> refused = consent == null ? EnumSet.allOf(PhotoUse.class) : consent.refused();
      if (!refused.isEmpty()) {
        list.add(new OptOut(pupil.reference(), pupil.yearGroup(), ids(refused)));
      }
    }
    list.sort(
        Comparator.comparing(OptOut::yearGroup, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OptOut::pupilReference));
    audit.allowed(
        "read-opt-outs",
        CONSENT,
        null,
        (year == null ? "all years" : year) + "; " + list.size() + " pupils");
    return list;
  }

  /**
   * Pupils who have left by {@code today} and whose images the office has not yet been asked to
   * delete; each is marked asked. Runs in the engine's transaction (the daily leavers' check).
   */
  @Transactional
  public List<String> leaversToDelete(LocalDate today, Instant now) {
    List<String> leavers = new ArrayList<>();
    for (PhotoConsent consent : repository.latestPerPupil()) {
      if (consent.deletionAskedAt() != null) {
        continue;
      }
      Optional<Pupil> pupil = pupils.find(consent.pupilReference());
      if (pupil.isPresent() && pupil.get().leftBy(today)) {
        consent.deletionAsked(now);
        leavers.add(consent.pupilReference());
        audit.allowedInTransaction(
            "ask-deletion", CONSENT, String.valueOf(consent.id()), consent.pupilReference());
      }
    }
    return leavers;
  }

  private static boolean sameYear(String wanted, String yearGroup) {
    if (yearGroup == null) {
      return false;
    }
    String y = yearGroup.trim().toLowerCase(Locale.ROOT);
    return y.equals(wanted) || y.equals("year " + wanted) || y.replace("year ", "y").equals(wanted);
  }

  private static String key(String reference) {
    return reference.trim().toLowerCase(Locale.ROOT);
  }

  private static List<String> ids(Set<PhotoUse> uses) {
    return uses.stream().sorted().map(PhotoUse::id).toList();
  }

  static ConsentView view(PhotoConsent c) {
    return new ConsentView(
        c.id() == null ? 0 : c.id(),
        c.pupilReference(),
        c.yearGroup(),
        ids(c.consented()),
        ids(c.refused()),
        c.answeredBy(),
        c.answeredOn(),
        c.withdrawnOn(),
        c.recordedBy());
  }
}
