package org.beacon.filtering.application.logs;

import java.time.Instant;

/**
 * One request a filter logged, whatever the log's format.
 *
 * @param lineNumber where it is in the file, from 1
 * @param at when it was made
 * @param user who made it: the log's user name, else the client address; lower case
 * @param client the client's address
 * @param url the address requested
 * @param host the host of that address, lower case; may be null
 * @param blocked whether the filter refused it
 * @param category the filter's category, lower case, or null when the log has none
 * @param text the line as read
 */
public record LogRecord(
    long lineNumber,
    Instant at,
    String user,
    String client,
    String url,
    String host,
    boolean blocked,
    String category,
    String text) {}
