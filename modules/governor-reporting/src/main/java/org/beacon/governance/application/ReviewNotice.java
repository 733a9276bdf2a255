package org.beacon.governance.application;

/**
 * How many days before a policy's review date the DSL's review task opens.
 *
 * @param days at least 0
 */
public record ReviewNotice(int days) {

  public static final int DEFAULT_DAYS = 28;

  public ReviewNotice {
    if (days < 0) {
      throw new IllegalArgumentException("The review notice cannot be negative");
    }
  }
}
