package org.beacon.platform.audit;

/**
 * What a walk along the audit chain found.
 *
 * @param intact whether every seal matched its event and followed the one before it
 * @param checked how many seals were found sound before the first broken one (all, if intact)
 * @param firstBroken the first broken link, or null when the chain is intact
 */
public record ChainCheck(boolean intact, long checked, Broken firstBroken) {

  /**
   * The first place where the chain does not hold.
   *
   * @param eventId the audit event whose seal does not hold
   * @param seq the seal's place in the chain
   * @param reason what is wrong, never the event's content
   */
  public record Broken(long eventId, long seq, String reason) {}

  static ChainCheck intact(long checked) {
    return new ChainCheck(true, checked, null);
  }

  static ChainCheck broken(long checked, long eventId, long seq, String reason) {
    return new ChainCheck(false, checked, new Broken(eventId, seq, reason));
  }
}
