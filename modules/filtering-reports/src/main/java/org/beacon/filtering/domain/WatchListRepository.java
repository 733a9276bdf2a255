package org.beacon.filtering.domain;

import java.util.List;

/** The DSL's watch list. */
public interface WatchListRepository {

  /** Every entry, domains first, each kind in alphabetical order. */
  List<WatchEntry> all();

  void add(WatchEntry entry);

  void remove(WatchEntry entry);
}
