package org.beacon.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Two or more Beacon nodes behind a load balancer, on one PostgreSQL database, share their sessions
 * through Payara's Hazelcast (web session replication of the distributable application): a node may
 * die and its signed-in people carry on through another. The nodes find each other by a fixed list
 * of members over TCP/IP (never multicast, which would join any Beacon on the same network
 * segment).
 *
 * <ul>
 *   <li>{@code BEACON_CLUSTER_MEMBERS}: every node's {@code host:port} for Hazelcast, comma
 *       separated, the same list on every node (e.g. {@code 10.0.0.11:5900,10.0.0.12:5900});
 *       without it Beacon runs alone, as before ({@code --nocluster}).
 *   <li>{@code BEACON_CLUSTER_PORT}: this node's Hazelcast port (default 5900).
 *   <li>{@code BEACON_CLUSTER_NAME}: the cluster's name (default {@code beacon}): nodes of another
 *       installation that happen to be listed do not join.
 * </ul>
 */
record ClusterSettings(List<String> members, int port, String name) {

  private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

  static Optional<ClusterSettings> read(Function<String, String> settings) throws LaunchFailure {
    String members = settings.apply("BEACON_CLUSTER_MEMBERS");
    if (members == null || members.isBlank()) {
      return Optional.empty();
    }
    List<String> list = new ArrayList<>();
    for (String member : members.split(",")) {
      String trimmed = member.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!MEMBER.matcher(trimmed).matches()) {
        throw new LaunchFailure(
            "BEACON_CLUSTER_MEMBERS: \""
                + trimmed
                + "\" is not host:port (e.g. 10.0.0.11:5900,10.0.0.12:5900)");
      }
      list.add(trimmed);
    }
    if (list.isEmpty()) {
      return Optional.empty();
    }
    String port = settings.apply("BEACON_CLUSTER_PORT");
    int hazelcastPort;
    try {
      hazelcastPort = port == null || port.isBlank() ? 5900 : Integer.parseInt(port.trim());
    } catch (NumberFormatException e) {
      throw new LaunchFailure("BEACON_CLUSTER_PORT: \"" + port + "\" is not a port number");
    }
    if (hazelcastPort < 1 || hazelcastPort > 65535) {
      throw new LaunchFailure("BEACON_CLUSTER_PORT: " + hazelcastPort + " is not a port number");
    }
    String name = settings.apply("BEACON_CLUSTER_NAME");
    name = name == null || name.isBlank() ? "beacon" : name.trim();
    if (!NAME.matcher(name).matches()) {
      throw new LaunchFailure(
          "BEACON_CLUSTER_NAME: letters, digits, '.', '_' and '-' only, at most 64");
    }
    return Optional.of(new ClusterSettings(List.copyOf(list), hazelcastPort, name));
  }

  /** Payara Micro's options for this cluster. */
  List<String> options() {
    return List.of(
        "--clustermode",
        "tcpip:" + String.join(",", members),
        "--startport",
        Integer.toString(port),
        "--clustername",
        name,
        // Backups of the sessions go to another member even on the same machine (Payara's
        // default keeps them off members with the same address: two nodes on one host would
        // then keep no copy of each other's sessions at all).
        "--nohostaware");
  }
}
