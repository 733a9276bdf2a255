package org.beacon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Resident memory of a process, from {@code /proc/<pid>/status} (Linux). */
final class Rss {

  private Rss() {}

  static OptionalLong of(long pid) {
    try {
      return parse(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
    } catch (IOException | RuntimeException gone) {
      return OptionalLong.empty();
    }
  }

  /** The VmRSS line ("VmRSS: 712345 kB") in bytes. */
  static OptionalLong parse(String status) {
    for (String line : status.split("\n")) {
      if (line.startsWith("VmRSS:")) {
        String[] parts = line.substring(6).trim().split("\\s+");
        return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
      }
    }
    return OptionalLong.empty();
  }
}
