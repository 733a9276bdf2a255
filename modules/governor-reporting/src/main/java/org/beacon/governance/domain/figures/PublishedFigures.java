package org.beacon.governance.domain.figures;

import java.util.List;

/** Every module's anonymised figures for a period, modules in alphabetical order. */
public record PublishedFigures(List<ModuleFigures> modules) {
  public PublishedFigures {
    modules = List.copyOf(modules);
  }
}
