package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beacon.filtering.api.FilteringLogReviewProcess;
import org.beacon.filtering.application.logs.LogRecord;
import org.beacon.filtering.application.logs.LogScan;
import org.beacon.filtering.application.logs.LogScan.UserDay;
import org.beacon.filtering.domain.FlagReason;
import org.beacon.filtering.domain.FlaggedLine;
import org.beacon.filtering.domain.LogImport;
import org.beacon.filtering.domain.LogImportRepository;
import org.beacon.filtering.domain.LogReview;
import org.beacon.filtering.domain.WatchEntry;
import org.beacon.filtering.domain.WatchListRepository;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.camunda.bpm.engine.RuntimeService;

/**
 * One import in one transaction: the file is read once as a stream, flagged lines are written as
 * they are found, and at the end either the reviews are opened or, when the same file had been
 * imported before, everything is rolled back.
 */
@ApplicationScoped
public class LogImportWork {

  /** Flagged lines written to the database at a time. */
  static final int BATCH = 100;

  @Inject LogImportRepository imports;
  @Inject WatchListRepository watchList;
  @Inject FilteringSettings settings;
  @Inject RuntimeService runtimeService;
  @Inject CaseParties parties;

  Clock clock = Clock.systemUTC();

  /**
   * @throws AlreadyImported when the file's content hash is known: nothing is kept
   * @throws org.beacon.filtering.application.logs.UnreadableLog when the file is not a log
   */
  @Transactional
  public ImportSummary run(
      Caller caller, InputStream body, String fileName, LogScan.Expect expect) {
    Instant now = clock.instant();
    LogImport record = imports.add(new LogImport(caller.username(), now, fileName));
    Collector collector = new Collector(record.id(), now);
    LogScan.Result result;
    try {
      result = new LogScan(scanSettings(), collector).scan(body, expect);
    } catch (IOException e) {
      throw new UncheckedIOException("The log could not be read to its end", e);
    }
    collector.flush();

    Optional<LogImport> earlier = imports.findByHash(result.sha256());
    if (earlier.isPresent()) {
      throw new AlreadyImported(
          summary(null, earlier.get().id(), result, 0, collector.reviewsFoundBefore(result)));
    }
    List<ImportSummary.Review> reviews = new ArrayList<>();
    int opened = 0;
    for (Map.Entry<UserDay, LogScan.DayResult> day : result.days().entrySet()) {
      LogReview review = collector.reviews.get(day.getKey());
      review.flagged(day.getValue().flagged(), day.getValue().kept());
      boolean isNew = collector.created.contains(day.getKey());
      if (isNew) {
        open(review, collector.reasons.get(day.getKey()));
        opened++;
      }
      reviews.add(
          new ImportSummary.Review(
              review.reference(), review.day(), day.getValue().flagged(), isNew));
    }
    record.finished(
        result.format(),
        result.sha256(),
        result.bytes(),
        result.linesRead(),
        result.malformed(),
        result.flagged(),
        opened);
    return summary(record.id(), null, result, opened, reviews);
  }

  private LogScan.Settings scanSettings() {
    Set<String> domains = new HashSet<>();
    Set<String> categories = new HashSet<>();
    for (WatchEntry entry : watchList.all()) {
      (entry.kind() == WatchEntry.Kind.DOMAIN ? domains : categories).add(entry.value());
    }
    return new LogScan.Settings(
        domains,
        categories,
        settings.blockedThreshold(),
        settings.linesPerReview(),
        FilteringSettings.SCHOOL_ZONE);
  }

  private void open(LogReview review, Map<FlagReason, Integer> reasons) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(FilteringLogReviewProcess.LOG_REVIEW_ID, review.id());
    variables.put(FilteringLogReviewProcess.REFERENCE, review.reference());
    variables.put(FilteringLogReviewProcess.LOG_USER, review.userName());
    variables.put(FilteringLogReviewProcess.LOG_DAY, review.day().toString());
    variables.put(FilteringLogReviewProcess.FLAGGED_SUMMARY, describe(review, reasons));
    parties.name(
        FilteringLogReviewProcess.KEY,
        review.reference(),
        CaseParties.Part.SUBJECT,
        review.userName());
    review.startedAs(
        runtimeService
            .startProcessInstanceByKey(FilteringLogReviewProcess.KEY, review.reference(), variables)
            .getId());
  }

  static String describe(LogReview review, Map<FlagReason, Integer> reasons) {
    String why =
        reasons == null || reasons.isEmpty()
            ? ""
            : " ("
                + reasons.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().id())
                    .collect(Collectors.joining(", "))
                + ")";
    return review.flaggedCount()
        + " request(s) flagged"
        + why
        + "; the lines are under "
        + review.reference();
  }

  private static ImportSummary summary(
      Long importId,
      Long duplicateOf,
      LogScan.Result result,
      int opened,
      List<ImportSummary.Review> reviews) {
    return new ImportSummary(
        importId,
        duplicateOf,
        result.format(),
        result.bytes(),
        result.linesRead(),
        result.malformed(),
        result.firstMalformed(),
        result.flagged(),
        result.duplicates(),
        opened,
        reviews);
  }

  /** Finds or opens the review of each flagged user-day and writes its lines in batches. */
  private final class Collector implements LogScan.Sink {

    private static final int MAX_USER = 200;

    private final long importId;
    private final Instant now;
    final Map<UserDay, LogReview> reviews = new HashMap<>();
    final Set<UserDay> created = new HashSet<>();
    final Map<UserDay, Map<FlagReason, Integer>> reasons = new HashMap<>();
    private final List<FlaggedLine> pending = new ArrayList<>(BATCH);

    Collector(long importId, Instant now) {
      this.importId = importId;
      this.now = now;
    }

    @Override
    public Set<String> open(UserDay userDay) {
      String user =
          userDay.user().length() > MAX_USER
              ? userDay.user().substring(0, MAX_USER)
              : userDay.user();
      Optional<LogReview> existing = imports.findReview(user, userDay.day());
      if (existing.isPresent()) {
        reviews.put(userDay, existing.get());
        return imports.fingerprints(existing.get().id());
      }
      reviews.put(userDay, imports.addReview(new LogReview(user, userDay.day(), now, importId)));
      created.add(userDay);
      return Set.of();
    }

    @Override
    public void keep(
        UserDay userDay, LogRecord line, FlagReason reason, String matched, String fingerprint) {
      pending.add(
          new FlaggedLine(
              reviews.get(userDay).id(),
              importId,
              line.lineNumber(),
              line.at(),
              line.client(),
              line.url(),
              line.host(),
              line.blocked(),
              line.category(),
              reason,
              matched,
              fingerprint));
      reasons
          .computeIfAbsent(userDay, k -> new EnumMap<>(FlagReason.class))
          .merge(reason, 1, Integer::sum);
      if (pending.size() >= BATCH) {
        flush();
      }
    }

    void flush() {
      if (!pending.isEmpty()) {
        imports.addLines(List.copyOf(pending));
        pending.clear();
      }
    }

    List<ImportSummary.Review> reviewsFoundBefore(LogScan.Result result) {
      List<ImportSummary.Review> found = new ArrayList<>();
      result
          .days()
          .forEach(
              (key, day) -> {
                if (!created.contains(key)) {
                  LogReview review = reviews.get(key);
                  found.add(
                      new ImportSummary.Review(
                          review.reference(), review.day(), day.flagged(), false));
                }
              });
      return found;
    }
  }
}
