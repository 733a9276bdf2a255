package org.beacon.allegations.domain;

/** What an outcome leads to (KCSIE Part 4: record keeping, referrals). */
public enum Consequence {
  /**
   * Substantiated, and the person was dismissed or left: a referral to the DBS (and, for a teacher,
   * to the Teaching Regulation Agency); the record is kept.
   */
  REFER_TO_DBS("referToDbs"),
  /** False or malicious: the allegation is removed from the personnel record. */
  REMOVE_FROM_RECORD("removeFromRecord"),
  /** Any other outcome: the record is kept until the retention date. */
  RETAIN_RECORD("retainRecord");

  private final String id;

  Consequence(String id) {
    this.id = id;
  }

  /** The value the model's gateway reads. */
  public String id() {
    return id;
  }

  public static Consequence of(Outcome outcome, EmploymentOutcome employment) {
    return switch (outcome) {
      case FALSE, MALICIOUS -> REMOVE_FROM_RECORD;
      case SUBSTANTIATED -> employment.removed() ? REFER_TO_DBS : RETAIN_RECORD;
      case UNSUBSTANTIATED, UNFOUNDED -> RETAIN_RECORD;
    };
  }
}
