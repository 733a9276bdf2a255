package org.beacon.allegations.domain;

/** Where an allegation stands. */
public enum AllegationStatus {
  /** Raised; the case manager has not yet assessed it against the harm threshold. */
  RAISED,
  /** Below the harm threshold: a low-level concern, dealt with under the staff code of conduct. */
  LOW_LEVEL_CONCERN,
  /** Meets the harm threshold; the LADO referral is due within one working day. */
  LADO_REFERRAL_DUE,
  /** Referred to the LADO; waiting for the consultation outcome. */
  REFERRED_TO_LADO,
  /** The LADO has advised; police, strategy discussion, suspension or investigation under way. */
  IN_PROGRESS,
  /** The outcome is recorded; its consequences are being worked through. */
  OUTCOME_RECORDED,
  /** Closed. */
  CLOSED
}
