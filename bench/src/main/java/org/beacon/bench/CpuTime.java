package org.beacon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LongSummaryStatistics;
import java.util.OptionalLong;

/**
 * Processor time (user plus system) the processes of a measurement used: Beacon's JVM, the local
 * PostgreSQL server's processes and the harness itself, as the JDK reads it ({@link
 * ProcessHandle.Info#totalCpuDuration()}, which works for other users' processes too). On a machine
 * they share, throughput follows processor time per request, so the difference of two samples says
 * where an intake request's cost goes.
 */
final class CpuTime {

  /** Nanoseconds of processor time; -1 where the process could not be read. */
  record Sample(long beacon, long database, long harness) {

    Sample minus(Sample earlier) {
      return new Sample(
          difference(beacon, earlier.beacon),
          difference(database, earlier.database),
          difference(harness, earlier.harness));
    }

    private static long difference(long later, long earlier) {
      return later < 0 || earlier < 0 ? -1 : later - earlier;
    }
  }

  private CpuTime() {}

  /**
   * @param beaconPid the server's process, if known
   * @param databaseCommand the command name of the database server's processes (all of them are
   *     counted: backends, WAL writer, checkpointer), or null when the database is not a local
   *     server process (H2 runs inside Beacon's JVM)
   */
  static Sample sample(OptionalLong beaconPid, String databaseCommand) {
    return new Sample(
        beaconPid.isPresent() ? of(beaconPid.getAsLong()) : -1,
        databaseCommand == null ? -1 : ofCommand(databaseCommand),
        of(ProcessHandle.current()));
  }

  /** Processor time of one process in nanoseconds, -1 if it cannot be read. */
  static long of(long pid) {
    return ProcessHandle.of(pid).map(CpuTime::of).orElse(-1L);
  }

  private static long of(ProcessHandle process) {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
  }

  /**
   * Processor time of every process with this command name, in nanoseconds; -1 if there is none.
   */
  static long ofCommand(String command) {
    LongSummaryStatistics time =
        ProcessHandle.allProcesses()
            .filter(process -> command.equals(commandName(process.pid())))
            .mapToLong(CpuTime::of)
            .filter(nanos -> nanos >= 0)
            .summaryStatistics();
    return time.getCount() == 0 ? -1 : time.getSum();
  }

  /**
   * The kernel's name of a process's command ({@code /proc/<pid>/comm}, Linux): "postgres" for
   * every PostgreSQL process, whose command line the server rewrites and whose executable another
   * user may not read; empty if the process is gone or unreadable.
   */
  static String commandName(long pid) {
    try {
      return Files.readString(Path.of("/proc", String.valueOf(pid), "comm")).trim();
    } catch (IOException | RuntimeException gone) {
      return "";
    }
  }
}
