package org.beacon.records.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the agreement use cases return: records shaped for the caller, never entities. */
public final class AgreementViews {

  private AgreementViews() {}

  /** An agreement type, as the register of agreements shows it. */
  public record AgreementView(
      String code,
      String title,
      String audience,
      String policyKind,
      Long policyId,
      int version,
      LocalDate signBy,
      boolean skippable) {}

  /** An agreement the caller signs, and whether they have signed its current version. */
  public record MyAgreement(
      String code,
      String title,
      int version,
      LocalDate signBy,
      boolean skippable,
      boolean signed,
      Instant signedAt) {}

  /** Someone who has not signed: a member of staff (username and name) or a pupil (reference). */
  public record Unsigned(String reference, String name) {}

  /** Who has not signed the current version of an agreement. */
  public record NotSignedReport(
      String code,
      String title,
      int version,
      LocalDate signBy,
      int concerned,
      int signed,
      List<Unsigned> notSigned) {}

  /** A signature just recorded. */
  public record SignatureView(
      long id,
      String code,
      int version,
      String signer,
      String pupilReference,
      String parentName,
      String method,
      LocalDate paperDate,
      Instant signedAt,
      String recordedBy) {}

  /**
   * A paper form to record: a user's, or a pupil's (with the parent's name when a parent signed).
   */
  public record PaperSignature(
      String username,
      String pupilReference,
      String parentName,
      String paperDate,
      Integer version) {}

  /** Settings of an agreement: the policy it is bound to, whether staff may skip it at sign-in. */
  public record AgreementSettings(Long policyId, Boolean skippable) {}

  /**
   * What a newly approved policy version asks of people: who signs the staff agreement in Beacon,
   * and which paper agreements the office collects.
   */
  public record Renewal(
      String staffCode,
      String staffTitle,
      List<String> signers,
      String paperAgreements,
      LocalDate signBy) {}
}
