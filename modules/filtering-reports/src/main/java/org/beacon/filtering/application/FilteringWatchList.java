package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.beacon.filtering.domain.WatchEntry;
import org.beacon.filtering.domain.WatchListRepository;
import org.beacon.filtering.domain.WebAddress;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.Role;

/** The DSL's watch list of domains and categories, read when filter logs are imported. */
@ApplicationScoped
public class FilteringWatchList {

  static final String RESOURCE = "filtering-watchlist";
  static final int MAX_ENTRIES = 5000;

  @Inject WatchListRepository entries;
  @Inject FilteringAccess access;
  @Inject AuditLog audit;

  Clock clock = Clock.systemUTC();

  @Transactional
  public WatchList get(Caller caller) {
    access.require(
        caller,
        audit,
        "read",
        RESOURCE,
        "The watch list is for the DSL, the head and technical staff",
        Role.DSL,
        Role.HEAD,
        Role.TECHNICAL);
    List<WatchEntry> all = entries.all();
    audit.allowed("read", RESOURCE, null, all.size() + " entries");
    return WatchList.of(all);
  }

  /** Replaces the list: entries kept keep who added them and when. */
  @Transactional
  public WatchList replace(Caller caller, WatchListUpdate update) {
    access.require(
        caller, audit, "update", RESOURCE, "Only the DSL edits the watch list", Role.DSL);
    if (update == null) {
      throw BeaconProblem.invalid(
          "Send the watch list as a JSON object", Map.of("body", "is required"));
    }
    FieldErrors errors = new FieldErrors();
    Set<String> domains = new LinkedHashSet<>();
    List<String> givenDomains = update.domains() == null ? List.of() : update.domains();
    for (int i = 0; i < givenDomains.size(); i++) {
      String d = givenDomains.get(i);
      if (d == null || !WebAddress.isDomain(d)) {
        errors.put("domains[" + i + "]", "must be a domain such as example.com");
      } else {
        domains.add(WebAddress.normaliseHost(d));
      }
    }
    Set<String> categories = new LinkedHashSet<>();
    List<String> givenCategories = update.categories() == null ? List.of() : update.categories();
    for (int i = 0; i < givenCategories.size(); i++) {
      String c = givenCategories.get(i);
      if (c == null || c.isBlank() || c.trim().length() > 100) {
        errors.put("categories[" + i + "]", "must be a category name of at most 100 characters");
      } else {
        categories.add(c.trim().toLowerCase(Locale.ROOT));
      }
    }
    if (domains.size() + categories.size() > MAX_ENTRIES) {
      errors.put("body", "at most " + MAX_ENTRIES + " entries");
    }
    if (!errors.isEmpty()) {
      audit.denied("update", RESOURCE, null, "invalid entries");
      throw errors.problem("The watch list has " + errors.size() + " invalid entr(ies)");
    }
    List<WatchEntry> current = new ArrayList<>(entries.all());
    for (WatchEntry entry : current) {
      Set<String> wanted = entry.kind() == WatchEntry.Kind.DOMAIN ? domains : categories;
      if (!wanted.remove(entry.value())) {
        entries.remove(entry);
      }
    }
    domains.forEach(
        d ->
            entries.add(
                new WatchEntry(WatchEntry.Kind.DOMAIN, d, caller.username(), clock.instant())));
    categories.forEach(
        c ->
            entries.add(
                new WatchEntry(WatchEntry.Kind.CATEGORY, c, caller.username(), clock.instant())));
    List<WatchEntry> all = entries.all();
    audit.allowed("update", RESOURCE, null, all.size() + " entries");
    return WatchList.of(all);
  }
}
