package org.beacon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Processor time (user plus system) the processes of a measurement used, from
 * {@code /proc/<pid>/stat} (Linux): Beacon's JVM, the local PostgreSQL server's processes and the
 * harness itself. On a machine they share, throughput follows processor time per request, so the
 * difference of two samples says where an intake request's cost goes.
 */
final class CpuTime {

  /** Nanoseconds of processor time; -1 where the process could not be read. */
  record Sample(long beacon, long database, long harness) {

    Sample minus(Sample earlier) {
      return new Sample(
          difference(beacon, earlier.beacon), difference(database, earlier.database), difference(harness, earlier.harness));
    }

    private static long difference(long later, long earlier) {
      return later < 0 || earlier < 0 ? -1 : later - earlier;
    }
  }

  /** What {@code /proc/<pid>/stat} counts in: USER_HZ, 100 on Linux unless its kernel says otherwise. */
  private static final long TICKS_PER_SECOND = ticksPerSecond();

  private CpuTime() {}

  /**
   * @param beaconPid the server's process, if known
   * @param databaseCommand the command name of the database server's processes (all of them are
   *     counted: backends, WAL writer, checkpointer), or null when the database is not a local server
   *     process (H2 runs inside Beacon's JVM)
   */
  static Sample sample(OptionalLong beaconPid, String databaseCommand) {
    return new Sample(
        beaconPid.isPresent() ? of(beaconPid.getAsLong()) : -1,
        databaseCommand == null ? -1 : ofCommand(databaseCommand),
        of(ProcessHandle.current().pid()));
  }

  /** Processor time of one process in nanoseconds, -1 if it cannot be read. */
  static long of(long pid) {
    try {
      return parse(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")), TICKS_PER_SECOND);
    } catch (IOException | RuntimeException gone) {
      return -1;
    }
  }

  /** Processor time of every process with this command name, in nanoseconds; -1 if there is none. */
  static long ofCommand(String command) {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      long total = -1;
      for (Path process : (Iterable<Path>) processes.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator) {
        try {
          String stat = Files.readString(process.resolve("stat"));
          if (command(stat).equals(command)) {
            total = Math.max(total, 0) + parse(stat, TICKS_PER_SECOND);
          }
        } catch (IOException | RuntimeException gone) {
          // a process that ended between the listing and the read
        }
      }
      return total;
    } catch (IOException e) {
      return -1;
    }
  }

  /** The command name in a stat line: "1234 (postgres) S 1 ...". */
  static String command(String stat) {
    return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  }

  /**
   * utime plus stime of a stat line, in nanoseconds. They are its 14th and 15th fields; the command
   * name (the 2nd) may hold spaces and parentheses, so fields are counted after its last ')'.
   */
  static long parse(String stat, long ticksPerSecond) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    // fields[0] is the 3rd field (state): utime is fields[11], stime fields[12]
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * 1_000_000_000L / ticksPerSecond;
  }

  private static long ticksPerSecond() {
    try {
      Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(getconf.getInputStream().readAllBytes()).trim();
      return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
    } catch (IOException | RuntimeException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
