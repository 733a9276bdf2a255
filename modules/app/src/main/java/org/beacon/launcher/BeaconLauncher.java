package org.beacon.launcher;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of {@code beacon.jar}: turns Beacon's settings into Payara Micro options and
 * starts Payara Micro with the embedded application.
 *
 * <p>{@code BEACON_PORT} (or {@code -Dbeacon.port}) sets the HTTP port unless {@code --port} is
 * given; clustering is off, since Beacon runs as one process per school.
 */
public final class BeaconLauncher {

  private BeaconLauncher() {}

  public static void main(String[] args) throws Exception {
    List<String> options = options(args, System.getProperty("beacon.port", System.getenv("BEACON_PORT")));
    // A failed start ends the process with a clear message rather than a server without Beacon.
    System.setProperty("beacon.exitOnStartupFailure", "true");
    try {
      Class.forName("fish.payara.micro.PayaraMicro")
          .getMethod("main", String[].class)
          .invoke(null, (Object) options.toArray(String[]::new));
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  static List<String> options(String[] args, String port) {
    List<String> options = new ArrayList<>(List.of(args));
    if (!hasOption(options, "--port")) {
      options.add("--port");
      options.add(port == null || port.isBlank() ? "8080" : port.trim());
    }
    if (!hasOption(options, "--nocluster")) {
      options.add("--nocluster");
    }
    return options;
  }

  private static boolean hasOption(List<String> options, String name) {
    return options.stream().anyMatch(o -> o.equalsIgnoreCase(name));
  }
}
