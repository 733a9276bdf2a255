package org.beacon.filtering.domain;

import java.util.Arrays;
import java.util.Optional;

/** The DSL's assessment of a filtering report: what the school does about it. */
public enum Assessment {
  /** Potentially illegal content: the IWF, CEOP or the police, with the evidence preserved. */
  POTENTIALLY_ILLEGAL("potentiallyIllegal"),
  /** Inappropriate content got through: the site is to be blocked. */
  BLOCK("block"),
  /** A site needed for teaching was blocked: it is to be allowed. */
  ALLOW("allow"),
  /** Nothing to change; the report is closed with a reason. */
  NO_ACTION("noAction");

  private final String id;

  Assessment(String id) {
    this.id = id;
  }

  /** The value in the DSL's form and in the flow. */
  public String id() {
    return id;
  }

  public static Optional<Assessment> fromId(String id) {
    return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
  }

  /** Whether this assessment makes sense for a report of this kind. */
  public boolean fits(ReportKind kind) {
    return switch (this) {
      case BLOCK -> kind == ReportKind.UNDERBLOCKING;
      case ALLOW -> kind == ReportKind.OVERBLOCKING;
      default -> true;
    };
  }
}
