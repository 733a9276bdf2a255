package org.beacon.records.domain;

/** How a signature was given. */
public enum SigningMethod {
  /** The signer signed in Beacon, as themselves. */
  IN_BEACON,
  /** Staff recorded it from a signed paper form, with the paper's date. */
  PAPER
}
