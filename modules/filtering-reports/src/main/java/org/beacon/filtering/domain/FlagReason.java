package org.beacon.filtering.domain;

import java.util.Locale;

/** Why a line of a filter log needs a person to look at it. */
public enum FlagReason {
  /** An allowed request to a domain on the DSL's watch list. */
  WATCHED_DOMAIN,
  /** An allowed request in a category on the DSL's watch list. */
  WATCHED_CATEGORY,
  /** One of a user's blocked requests on a day they reached the threshold. */
  REPEATED_BLOCKS;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
