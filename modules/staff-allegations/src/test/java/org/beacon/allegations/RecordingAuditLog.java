package org.beacon.allegations;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.beacon.platform.api.AuditLog;

/** An audit log that keeps what it is told, for tests to read. */
public class RecordingAuditLog implements AuditLog {

  /** One entry: the outcome is "allowed" or "denied". */
  public record Entry(
      String outcome, String action, String resourceType, String resourceId, String detail) {}

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  @Override
  public void allowed(String action, String resourceType, String resourceId) {
    entries.add(new Entry("allowed", action, resourceType, resourceId, null));
  }

  @Override
  public void allowed(String action, String resourceType, String resourceId, String detail) {
    entries.add(new Entry("allowed", action, resourceType, resourceId, detail));
  }

  @Override
  public void denied(String action, String resourceType, String resourceId, String reason) {
    entries.add(new Entry("denied", action, resourceType, resourceId, reason));
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }
}
