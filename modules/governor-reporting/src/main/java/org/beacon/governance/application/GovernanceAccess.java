package org.beacon.governance.application;

import java.util.EnumSet;
import java.util.Set;
import org.beacon.governance.domain.policy.VersionStatus;
import org.beacon.governance.domain.report.ReportStatus;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;

/**
 * Need to know for governance. Reports: the DSL and the head read every report and ask for new
 * ones; a governor reads those the head has sent on (awaiting acknowledgement or acknowledged);
 * nobody else reads any. Live statistics: the DSL and the head for any period, a governor for whole
 * months. Policies: everyone reads the register and the versions in force (staff sign the
 * acceptable use policies); the DSL, the head and governors also read versions not (or no longer)
 * in force; the DSL and the head write policies.
 */
public final class GovernanceAccess {

  static final Set<ReportStatus> GOVERNOR_REPORTS =
      EnumSet.of(ReportStatus.AWAITING_ACKNOWLEDGEMENT, ReportStatus.ACKNOWLEDGED);

  private GovernanceAccess() {}

  public static boolean leadsSafeguarding(Caller caller) {
    return caller.has(Role.DSL) || caller.has(Role.HEAD);
  }

  /** The report states the caller may read; empty when none. */
  public static Set<ReportStatus> readableReports(Caller caller) {
    if (leadsSafeguarding(caller)) {
      return EnumSet.allOf(ReportStatus.class);
    }
    if (caller.has(Role.GOVERNOR)) {
      return EnumSet.copyOf(GOVERNOR_REPORTS);
    }
    return EnumSet.noneOf(ReportStatus.class);
  }

  public static boolean readsStatistics(Caller caller) {
    return leadsSafeguarding(caller) || caller.has(Role.GOVERNOR);
  }

  /** Whether the caller may read a version in this state. */
  public static boolean readsVersion(Caller caller, VersionStatus status) {
    return status == VersionStatus.APPROVED
        || leadsSafeguarding(caller)
        || caller.has(Role.GOVERNOR);
  }
}
