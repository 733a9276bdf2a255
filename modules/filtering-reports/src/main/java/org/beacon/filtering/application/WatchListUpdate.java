package org.beacon.filtering.application;

import java.util.List;

/**
 * The whole watch list, as the DSL sets it.
 *
 * @param domains domains (with their subdomains) whose allowed requests are flagged
 * @param categories filter categories whose allowed requests are flagged
 */
public record WatchListUpdate(List<String> domains, List<String> categories) {}
