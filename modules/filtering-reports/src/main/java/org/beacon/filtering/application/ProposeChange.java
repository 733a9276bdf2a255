package org.beacon.filtering.application;

/**
 * A block or allow change as technical staff propose it.
 *
 * @param patternType domain, urlPrefix or category
 * @param pattern what the rule matches, e.g. games.example
 * @param action block or allow
 * @param reason why: recorded with the rule
 * @param scope allUsers, staff or yearGroups
 * @param yearGroups for yearGroups: which, e.g. "Year 10, Year 11"
 * @param testUrl an address to test once the change is applied; by default the domain's home page
 */
public record ProposeChange(
    String patternType,
    String pattern,
    String action,
    String reason,
    String scope,
    String yearGroups,
    String testUrl) {}
