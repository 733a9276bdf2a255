package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.beacon.filtering.application.logs.LogScan;
import org.beacon.filtering.application.logs.UnreadableLog;
import org.beacon.filtering.domain.LogImport;
import org.beacon.filtering.domain.LogImportRepository;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;

/**
 * Importing a filter log (squid's native access.log or Beacon's CSV) so that the DSL gets review
 * tasks instead of raw logs. Importing the same file again changes nothing.
 */
@ApplicationScoped
public class LogImports {

  static final String RESOURCE = "filtering-import";

  @Inject LogImportWork work;
  @Inject LogImportRepository imports;
  @Inject FilteringAccess access;
  @Inject AuditLog audit;

  public ImportSummary importLog(
      Caller caller, InputStream body, String fileName, LogScan.Expect expect) {
    access.require(
        caller,
        audit,
        "create",
        RESOURCE,
        "Filter logs are imported by technical staff, the DSL or the head",
        Role.TECHNICAL,
        Role.DSL,
        Role.HEAD);
    try {
      ImportSummary summary = work.run(caller, body, fileName, expect);
      audit.allowed(
          "create",
          RESOURCE,
          String.valueOf(summary.importId()),
          summary.linesRead()
              + " lines, "
              + summary.flagged()
              + " flagged, "
              + summary.malformed()
              + " malformed, "
              + summary.tasksOpened()
              + " task(s) opened");
      return summary;
    } catch (AlreadyImported again) {
      audit.allowed(
          "create",
          RESOURCE,
          String.valueOf(again.summary().duplicateOf()),
          "same file again: nothing imported");
      return again.summary();
    } catch (UnreadableLog unreadable) {
      audit.denied("create", RESOURCE, null, unreadable.getMessage());
      throw BeaconProblem.invalid(
          unreadable.getMessage(), Map.of("body", "is not a filter log Beacon reads"));
    } catch (UncheckedIOException broken) {
      audit.denied("create", RESOURCE, null, "the upload broke off");
      throw BeaconProblem.invalid(
          "The file could not be read to its end; nothing was imported",
          Map.of("body", "incomplete"));
    }
  }

  @Transactional
  public List<ImportRow> list(Caller caller, int page, int size) {
    access.require(
        caller,
        audit,
        "list",
        RESOURCE,
        "Filter log imports are for technical staff, the DSL and the head",
        Role.TECHNICAL,
        Role.DSL,
        Role.HEAD);
    List<LogImport> found = imports.list(page * size, size);
    audit.allowed("list", RESOURCE, null, found.size() + " import(s)");
    return found.stream().map(ImportRow::of).toList();
  }
}
