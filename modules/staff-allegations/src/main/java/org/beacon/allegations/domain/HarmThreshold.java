package org.beacon.allegations.domain;

/**
 * The harm threshold of KCSIE Part 4: an allegation meets it when the adult has
 *
 * @param harmedChild (a) harmed a child, or may have
 * @param possibleOffence (b) possibly committed a criminal offence against or related to a child
 * @param riskOfHarm (c) behaved towards a child in a way that indicates they may pose a risk of
 *     harm
 * @param unsuitable (d) behaved in a way that indicates they may not be suitable to work with
 *     children
 */
public record HarmThreshold(
    boolean harmedChild, boolean possibleOffence, boolean riskOfHarm, boolean unsuitable) {

  /** Any one limb is enough; below the threshold it is a low-level concern. */
  public boolean met() {
    return harmedChild || possibleOffence || riskOfHarm || unsuitable;
  }
}
