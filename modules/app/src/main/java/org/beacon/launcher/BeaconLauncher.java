package org.beacon.launcher;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The entry point of {@code beacon.jar}: turns Beacon's settings into Payara Micro options and
 * starts Payara Micro with the embedded application.
 *
 * <p>{@code BEACON_PORT} (or {@code -Dbeacon.port}) sets the HTTP port unless {@code --port} is
 * given; clustering is off unless {@code BEACON_CLUSTER_MEMBERS} lists the nodes of a cluster
 * ({@link ClusterSettings}: sessions shared through Hazelcast over TCP/IP). With a certificate
 * ({@link TlsSettings}) Beacon also serves HTTPS on {@code BEACON_TLS_PORT}, and every request over
 * plain HTTP is redirected there (by the application, see {@code PlainHttpRedirect}); the HTTP port
 * stays open only to say so, and for Payara's own {@code /health} endpoints.
 *
 * <p>{@code --backup FILE} and {@code --restore FILE} back up and restore the embedded database
 * instead of starting ({@link DatabaseBackup}).
 */
public final class BeaconLauncher {

  /** The system property through which the application learns where to redirect plain HTTP. */
  static final String REDIRECT_PORT_PROPERTY = "beacon.tls.redirect-port";

  private BeaconLauncher() {}

  public static void main(String[] args) throws Exception {
    Integer command = DatabaseBackup.run(args, BeaconLauncher::setting);
    if (command != null) {
      System.exit(command);
      return;
    }
    Optional<ServedKeystore> keystore;
    Optional<ClusterSettings> cluster;
    try {
      cluster = ClusterSettings.read(BeaconLauncher::setting);
      keystore = serve(TlsSettings.read(BeaconLauncher::setting));
    } catch (LaunchFailure e) {
      System.err.println("Beacon cannot start: " + e.getMessage());
      System.exit(2);
      return;
    }
    List<String> options =
        options(
            args,
            System.getProperty("beacon.port", System.getenv("BEACON_PORT")),
            keystore,
            tlsPort(),
            cluster);
    cluster.ifPresent(
        c ->
            System.out.println(
                "Beacon node in cluster '"
                    + c.name()
                    + "' on Hazelcast port "
                    + c.port()
                    + " with "
                    + c.members()));
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

  private static Optional<ServedKeystore> serve(Optional<TlsSettings> tls) throws LaunchFailure {
    if (tls.isEmpty()) {
      return Optional.empty();
    }
    ServedKeystore keystore = ServedKeystore.prepare(tls.get());
    Runtime.getRuntime().addShutdownHook(new Thread(keystore::delete, "beacon-tls-cleanup"));
    keystore.systemProperties().forEach(System::setProperty);
    int port = tls.get().port();
    System.setProperty(REDIRECT_PORT_PROPERTY, Integer.toString(port));
    System.out.println(
        "Beacon serves HTTPS on port "
            + port
            + " with the certificate in "
            + (tls.get().pem() ? tls.get().certificate() : tls.get().keystore())
            + "; plain HTTP is redirected there");
    return Optional.of(keystore);
  }

  private static int tlsPort() {
    return Integer.parseInt(System.getProperty(REDIRECT_PORT_PROPERTY, "0"));
  }

  static List<String> options(String[] args, String port) {
    return options(args, port, Optional.empty(), 0);
  }

  static List<String> options(
      String[] args, String port, Optional<ServedKeystore> keystore, int tlsPort) {
    return options(args, port, keystore, tlsPort, Optional.empty());
  }

  static List<String> options(
      String[] args,
      String port,
      Optional<ServedKeystore> keystore,
      int tlsPort,
      Optional<ClusterSettings> cluster) {
    List<String> options = new ArrayList<>(List.of(args));
    if (!hasOption(options, "--port")) {
      options.add("--port");
      options.add(port == null || port.isBlank() ? "8080" : port.trim());
    }
    if (cluster.isPresent() && !hasOption(options, "--nocluster")) {
      if (!hasOption(options, "--clustermode")) {
        options.addAll(cluster.get().options());
      }
    } else if (!hasOption(options, "--nocluster") && !hasOption(options, "--clustermode")) {
      options.add("--nocluster");
    }
    if (keystore.isPresent()) {
      if (!hasOption(options, "--sslport")) {
        options.add("--sslport");
        options.add(Integer.toString(tlsPort));
      }
      if (!hasOption(options, "--sslcert")) {
        options.add("--sslcert");
        options.add(keystore.get().alias());
      }
    }
    return options;
  }

  /**
   * A setting by its environment variable name, or as a system property ({@code
   * -Dbeacon.tls.cert=...}).
   */
  private static String setting(String name) {
    String value = System.getenv(name);
    return value != null
        ? value
        : System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
  }

  private static boolean hasOption(List<String> options, String name) {
    return options.stream().anyMatch(o -> o.equalsIgnoreCase(name));
  }
}
