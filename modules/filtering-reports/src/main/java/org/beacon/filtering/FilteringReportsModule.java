package org.beacon.filtering;

import java.util.Set;
import org.beacon.filtering.web.ChangeRequestResource;
import org.beacon.filtering.web.FilteringCheckResource;
import org.beacon.filtering.web.FilteringReportResource;
import org.beacon.filtering.web.FilteringReviewResource;
import org.beacon.filtering.web.FilteringRuleResource;
import org.beacon.filtering.web.LogImportResource;
import org.beacon.filtering.web.LogReviewResource;
import org.beacon.filtering.web.WatchListResource;
import org.beacon.platform.api.BeaconModule;

/** Filtering breaches, block and allow change requests, filter log imports, checks and reviews. */
public class FilteringReportsModule implements BeaconModule {

  @Override
  public String name() {
    return "filtering";
  }

  @Override
  public Set<Class<?>> apiClasses() {
    return Set.of(
        FilteringReportResource.class,
        ChangeRequestResource.class,
        FilteringRuleResource.class,
        LogImportResource.class,
        LogReviewResource.class,
        WatchListResource.class,
        FilteringCheckResource.class,
        FilteringReviewResource.class);
  }
}
