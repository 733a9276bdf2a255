package org.beacon.filtering.application;

/** The same file was imported before: thrown to roll back everything this import wrote. */
final class AlreadyImported extends RuntimeException {

  private final transient ImportSummary summary;

  AlreadyImported(ImportSummary summary) {
    super("already imported as " + summary.duplicateOf(), null, false, false);
    this.summary = summary;
  }

  ImportSummary summary() {
    return summary;
  }
}
