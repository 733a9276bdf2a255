package org.beacon.platform.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where a quick sealing run may start: above the newest event id that was committed a while ago.
 * Events commit out of the order of their ids (a long transaction takes its id early and commits
 * late), so the floor trails by {@link #SETTLE}, longer than any transaction of Beacon's should
 * run. It lets a run every few seconds skip the whole trail below it; a full sweep (floor 0) still
 * runs at start, hourly, and before every check, and after any failed run.
 */
final class SealFloor {

  /** How long an id must have been the newest committed before everything below it has settled. */
  static final Duration SETTLE = Duration.ofMinutes(10);

  /** How often a full sweep runs even when every quick run succeeded. */
  static final Duration FULL_SWEEP = Duration.ofHours(1);

  private record Mark(Instant at, long newestId) {}

  private final Deque<Mark> marks = new ArrayDeque<>();
  private long floor;
  private Instant lastFullSweep;

  /** The floor for a run starting now: 0 for a full sweep. */
  synchronized long at(Instant now) {
    if (lastFullSweep == null || !now.isBefore(lastFullSweep.plus(FULL_SWEEP))) {
      return 0;
    }
    while (!marks.isEmpty() && !marks.peekFirst().at().isAfter(now.minus(SETTLE))) {
      floor = marks.pollFirst().newestId();
    }
    return floor;
  }

  /**
   * A run that started at {@code startedAt} with {@code usedFloor} succeeded; {@code newestId} was
   * the newest committed event id when it started.
   */
  synchronized void succeeded(Instant startedAt, long usedFloor, long newestId) {
    if (usedFloor == 0) {
      lastFullSweep = startedAt;
    }
    Mark last = marks.peekLast();
    if (last == null || last.at().isBefore(startedAt.minusSeconds(60))) {
      marks.addLast(new Mark(startedAt, newestId));
    }
  }

  /** A run failed: start again from a full sweep, whatever it missed. */
  synchronized void failed() {
    marks.clear();
    floor = 0;
    lastFullSweep = null;
  }
}
