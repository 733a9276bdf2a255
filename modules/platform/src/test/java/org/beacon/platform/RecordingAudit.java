package org.beacon.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.beacon.platform.api.AuditLog;

/**
 * The audit log of a process test: each entry as a line, {@code action}, {@code action: detail} or
 * {@code denied action}, enough to see what was recorded and what was refused.
 */
public final class RecordingAudit implements AuditLog {

  private final List<String> entries = new CopyOnWriteArrayList<>();

  /** What was recorded, in order. */
  public List<String> entries() {
    return entries;
  }

  @Override
  public void allowed(String action, String resourceType, String resourceId) {
    entries.add(action);
  }

  @Override
  public void allowed(String action, String resourceType, String resourceId, String detail) {
    entries.add(action + ": " + detail);
  }

  @Override
  public void denied(String action, String resourceType, String resourceId, String reason) {
    entries.add("denied " + action);
  }
}
