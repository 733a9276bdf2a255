package org.beacon.filtering.application.logs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beacon.filtering.application.logs.LogScan.UserDay;
import org.beacon.filtering.domain.FlagReason;

/** Keeps what the scan flags, or only counts it when asked to (for big files). */
final class RecordingSink implements LogScan.Sink {

  record Kept(UserDay userDay, long line, FlagReason reason, String matched) {}

  final List<UserDay> opened = new ArrayList<>();
  final List<Kept> kept = new ArrayList<>();
  final Map<UserDay, Set<String>> known = new HashMap<>();
  private final boolean countOnly;
  long keptCount;

  RecordingSink(boolean countOnly) {
    this.countOnly = countOnly;
  }

  @Override
  public Set<String> open(UserDay userDay) {
    if (!countOnly) {
      opened.add(userDay);
    }
    return known.getOrDefault(userDay, Set.of());
  }

  @Override
  public void keep(
      UserDay userDay, LogRecord record, FlagReason reason, String matched, String fingerprint) {
    keptCount++;
    if (!countOnly) {
      kept.add(new Kept(userDay, record.lineNumber(), reason, matched));
    }
  }
}
