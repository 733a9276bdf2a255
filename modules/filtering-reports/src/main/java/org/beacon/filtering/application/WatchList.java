package org.beacon.filtering.application;

import java.util.List;
import org.beacon.filtering.domain.WatchEntry;

/** The watch list, as the DSL sets it. */
public record WatchList(List<String> domains, List<String> categories) {

  static WatchList of(List<WatchEntry> entries) {
    return new WatchList(
        entries.stream()
            .filter(e -> e.kind() == WatchEntry.Kind.DOMAIN)
            .map(WatchEntry::value)
            .toList(),
        entries.stream()
            .filter(e -> e.kind() == WatchEntry.Kind.CATEGORY)
            .map(WatchEntry::value)
            .toList());
  }
}
