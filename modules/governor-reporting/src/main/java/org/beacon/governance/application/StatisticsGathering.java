package org.beacon.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.beacon.governance.domain.figures.Anonymisation;
import org.beacon.governance.domain.figures.ModuleFigures;
import org.beacon.governance.domain.figures.PublishedFigures;
import org.beacon.platform.api.CaseStatistics;
import org.beacon.platform.api.CaseStatistics.Figures;
import org.beacon.platform.api.CaseStatistics.Period;

/**
 * Asks every module that publishes statistics (a {@link CaseStatistics} bean) for its figures and
 * anonymises them. Governance never reads another module's tables: a module that lands later with
 * its own bean is in the next report without a change here.
 */
@ApplicationScoped
public class StatisticsGathering {

  @Inject @Any Instance<CaseStatistics> providers;

  public PublishedFigures publish(Period period) {
    return publish(providers, period);
  }

  /** The figures of each provider, anonymised, modules in alphabetical order. */
  static PublishedFigures publish(Iterable<CaseStatistics> providers, Period period) {
    List<ModuleFigures> modules = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CaseStatistics provider : providers) {
      String module = provider.module();
      if (!seen.add(module)) {
        throw new IllegalStateException("Two statistics providers claim module " + module);
      }
      Figures figures = provider.figures(period);
      if (!module.equals(figures.module())) {
        throw new IllegalStateException(
            "The statistics of " + module + " came back as " + figures.module());
      }
      modules.add(Anonymisation.publish(figures));
    }
    modules.sort(Comparator.comparing(ModuleFigures::module));
    return new PublishedFigures(modules);
  }
}
