package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;

/**
 * Two-factor enrolment and the codes that prove it: starting (a new secret, its URI and QR code),
 * confirming with a first code (which hands out the recovery codes, once), checking a code at
 * sign-in, and an administrator's reset for a lost phone. Every change is audited as resource type
 * {@value #RESOURCE} with the username as id; no secret or code ever reaches the audit trail.
 */
@ApplicationScoped
public class TwoFactorEnrolments {

  static final String RESOURCE = "two-factor";

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Inject Directory directory;
  @Inject AuditLog audit;

  TotpCodes codes = new TotpCodes();
  Clock clock = Clock.systemUTC();

  /** What enrolment shows: the secret for typing in by hand, the URI, and its QR code. */
  public record Started(String secret, String otpauthUri, String qrCode) {}

  /** Where a person stands. */
  public record Status(boolean enrolled, boolean required, int recoveryCodesLeft) {}

  /** How a sign-in's second factor was proved, if it was. */
  enum Proof {
    TOTP,
    RECOVERY_CODE,
    NONE
  }

  /** Whether the person confirmed an enrolment: then every password sign-in asks for a code. */
  public boolean enrolled(BeaconUser user) {
    TwoFactorEnrolment found = em.find(TwoFactorEnrolment.class, user.id());
    return found != null && found.confirmed();
  }

  /**
   * Whether the person must enrol before doing anything else (the rule applies, and they have not).
   */
  public boolean enrolmentOutstanding(BeaconUser user) {
    return TwoFactorRule.required(user.roles()) && !enrolled(user);
  }

  /** Whether a password alone (HTTP Basic) must not sign this person in. */
  public boolean passwordAloneRefused(BeaconUser user) {
    return TwoFactorRule.required(user.roles()) || enrolled(user);
  }

  public Status status(BeaconUser user) {
    boolean enrolled = enrolled(user);
    long left =
        enrolled
            ? em.createQuery(
                    "select count(r) from RecoveryCode r where r.userId = :id and r.usedAt is null",
                    Long.class)
                .setParameter("id", user.id())
                .getSingleResult()
            : 0;
    return new Status(enrolled, TwoFactorRule.required(user.roles()), (int) left);
  }

  /**
   * A new secret for the person; replaces one not yet confirmed. 409 if they are enrolled already.
   */
  @Transactional
  public Started start(String username) {
    BeaconUser user = directory.find(username).orElseThrow(BeaconProblem::unauthenticated);
    TwoFactorEnrolment existing = em.find(TwoFactorEnrolment.class, user.id());
    if (existing != null && existing.confirmed()) {
      audit.denied("enrol-start", RESOURCE, username, "already enrolled");
      throw BeaconProblem.conflict(
          "Two-factor sign-in is set up already. To move it to a new phone, ask an administrator to reset it");
    }
    String secret = TotpCodes.newSecret();
    String sealed = SecretSealing.fromSettings().seal(secret);
    if (existing == null) {
      em.persist(new TwoFactorEnrolment(user.id(), sealed, clock.instant()));
    } else {
      existing.restart(sealed, clock.instant());
    }
    audit.allowed("enrol-start", RESOURCE, username);
    String uri = OtpAuthUri.of(username, secret);
    return new Started(secret, uri, OtpAuthUri.qrCodeDataUri(uri));
  }

  /**
   * Confirms the started enrolment with the first code the app shows, and answers the recovery
   * codes, the only time they are ever shown. 400 naming {@code code} if it is not a current code.
   */
  @Transactional
  public List<String> confirm(String username, String code) {
    BeaconUser user = directory.find(username).orElseThrow(BeaconProblem::unauthenticated);
    TwoFactorEnrolment enrolment = em.find(TwoFactorEnrolment.class, user.id());
    if (enrolment == null || enrolment.confirmed()) {
      audit.denied(
          "enrol-confirm",
          RESOURCE,
          username,
          enrolment == null ? "not started" : "already enrolled");
      throw BeaconProblem.conflict(
          enrolment == null
              ? "Start enrolment first: POST /api/users/me/two-factor"
              : "Two-factor sign-in is set up already");
    }
    String secret = SecretSealing.fromSettings().open(enrolment.sealedSecret());
    Instant now = clock.instant();
    OptionalLong step = codes.match(secret, code, now, 0);
    if (step.isEmpty()) {
      audit.denied("enrol-confirm", RESOURCE, username, "wrong code");
      throw BeaconProblem.invalid(
          "That is not the code your authenticator app shows now: check the phone's clock and try the next code",
          Map.of("code", "is not the current six-digit code"));
    }
    enrolment.confirm(step.getAsLong(), now);
    List<String> recovery = replaceRecoveryCodes(user);
    audit.allowed(
        "enrol-confirm", RESOURCE, username, RecoveryCodes.COUNT + " recovery codes issued");
    return recovery;
  }

  /**
   * Checks a second factor at sign-in: a six-digit code not used before, or an unused recovery
   * code, which is then used up. Both are compare-and-set updates, so a code is accepted once even
   * when two requests (or two nodes) bring it at the same moment.
   */
  @Transactional
  public Proof verify(BeaconUser user, String typed) {
    TwoFactorEnrolment enrolment = em.find(TwoFactorEnrolment.class, user.id());
    if (enrolment == null || !enrolment.confirmed() || typed == null) {
      return Proof.NONE;
    }
    if (RecoveryCodes.looksLikeOne(typed)) {
      int used =
          em.createQuery(
                  "update RecoveryCode r set r.usedAt = :now where r.userId = :id and r.codeHash = :hash and r.usedAt is null")
              .setParameter("now", clock.instant())
              .setParameter("id", user.id())
              .setParameter("hash", RecoveryCodes.digest(typed))
              .executeUpdate();
      if (used == 1) {
        audit.allowed(
            "recovery-code", RESOURCE, user.username(), "a recovery code was used up at sign-in");
        return Proof.RECOVERY_CODE;
      }
      return Proof.NONE;
    }
    String secret = SecretSealing.fromSettings().open(enrolment.sealedSecret());
    OptionalLong step = codes.match(secret, typed, clock.instant(), enrolment.lastStep());
    if (step.isEmpty()) {
      return Proof.NONE;
    }
    int advanced =
        em.createQuery(
                "update TwoFactorEnrolment e set e.lastStep = :step where e.userId = :id and e.lastStep < :step")
            .setParameter("step", step.getAsLong())
            .setParameter("id", user.id())
            .executeUpdate();
    return advanced == 1 ? Proof.TOTP : Proof.NONE;
  }

  /** An administrator's reset (a lost phone): the person enrols afresh at their next sign-in. */
  @Transactional
  public boolean reset(String username) {
    BeaconUser user =
        directory.find(username).orElseThrow(() -> BeaconProblem.notFound("No such person"));
    em.createQuery("delete from RecoveryCode r where r.userId = :id")
        .setParameter("id", user.id())
        .executeUpdate();
    int removed =
        em.createQuery("delete from TwoFactorEnrolment e where e.userId = :id")
            .setParameter("id", user.id())
            .executeUpdate();
    audit.allowed(
        "reset", RESOURCE, username, removed == 1 ? "enrolment removed" : "was not enrolled");
    return removed == 1;
  }

  private List<String> replaceRecoveryCodes(BeaconUser user) {
    em.createQuery("delete from RecoveryCode r where r.userId = :id")
        .setParameter("id", user.id())
        .executeUpdate();
    List<String> recovery = RecoveryCodes.generate();
    for (String code : recovery) {
      em.persist(new RecoveryCode(user.id(), RecoveryCodes.digest(code)));
    }
    return recovery;
  }
}
