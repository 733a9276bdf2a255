package org.beacon.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.beacon.governance.domain.figures.PublishedFigures;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;

/**
 * The anonymised figures of any period, computed now, for the dashboard. A governor asks for whole
 * calendar months only: with any period they could subtract one period's figures from a slightly
 * longer one's and isolate a single case.
 */
@ApplicationScoped
public class LiveStatistics {

  static final String RESOURCE = "governance-statistics";

  @Inject StatisticsGathering statistics;
  @Inject AuditLog audit;

  @Transactional
  public PublishedFigures figures(Caller caller, RequestedPeriod period) {
    String span = period.period().from() + "/" + period.period().to();
    if (!GovernanceAccess.readsStatistics(caller)) {
      audit.denied("read", RESOURCE, span, "no role that reads statistics");
      throw BeaconProblem.forbidden("Statistics are not open to your role");
    }
    if (!GovernanceAccess.leadsSafeguarding(caller)
        && caller.has(Role.GOVERNOR)
        && !period.wholeMonths()) {
      audit.denied("read", RESOURCE, span, "governors read whole months");
      throw BeaconProblem.invalid(
          "Governors see statistics for whole calendar months",
          Map.of(
              "from",
              "must be the first day of a month (YYYY-MM-01)",
              "to",
              "must be the last day of a month"));
    }
    PublishedFigures figures = statistics.publish(period.period());
    audit.allowed("read", RESOURCE, span);
    return figures;
  }
}
