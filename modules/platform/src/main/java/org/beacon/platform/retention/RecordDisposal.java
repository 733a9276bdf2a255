package org.beacon.platform.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.EvidenceFiles;
import org.beacon.platform.persistence.PlatformDataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Disposes of a record the DSL approved: the module deletes its rows, then the platform deletes
 * what it holds about the case (evidence files, the people it names, stand-ins, queued alerts, the
 * engine's runtime and history, the review task that named it, the audit events about it) and
 * writes one tombstone: the record class, the SHA-256 of the reference, who approved. All in the
 * step's transaction: the record is gone entirely or not at all.
 */
@ApplicationScoped
public class RecordDisposal {

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject DisposalReview review;
  @Inject EvidenceFiles files;
  @Inject RuntimeService runtime;
  @Inject HistoryService history;
  @Inject AuditLog audit;

  /** A disposal over these parts: for work outside the container (a test). */
  public static RecordDisposal over(
      DataSource dataSource,
      DisposalReview review,
      EvidenceFiles files,
      RuntimeService runtime,
      HistoryService history,
      AuditLog audit) {
    RecordDisposal disposal = new RecordDisposal();
    disposal.dataSource = dataSource;
    disposal.review = review;
    disposal.files = files;
    disposal.runtime = runtime;
    disposal.history = history;
    disposal.audit = audit;
    return disposal;
  }

  /** Disposes of the item's record; an item disposed of already is left as it is. */
  public void dispose(long itemId) {
    DisposalItem item = review.item(itemId);
    if (item.reference() == null || !DisposalReview.DUE.equals(item.status())) {
      return;
    }
    String reference = item.reference();
    review
        .module(item.module())
        .orElseThrow(() -> new IllegalStateException("No module " + item.module()))
        .dispose(reference);
    files.deleteAll(item.process(), reference);
    forgetInEngine(reference);
    review.reviewTask(itemId).ifPresent(this::forgetReviewTask);
    List<Long> auditEvents;
    try (Connection connection = dataSource.getConnection()) {
      execute(
          connection,
          "delete from pf_case_mention where process_key = ? and case_ref = ?",
          item.process(),
          reference);
      execute(
          connection,
          "delete from pf_case_stand_in where process_key = ? and case_ref = ?",
          item.process(),
          reference);
      execute(connection, "delete from pf_alert where case_ref = ?", reference);
      auditEvents = auditEventsAbout(connection, reference);
    } catch (SQLException e) {
      throw new IllegalStateException("The record could not be disposed of", e);
    }
    String hash = Sha256.of(reference);
    review.disposed(item);
    audit.allowedInTransaction(
        "dispose",
        item.recordClass(),
        hash,
        "disposed of after its retention date ("
            + item.keepUntil()
            + "); approved by "
            + item.decidedBy());
    try (Connection connection = dataSource.getConnection()) {
      long tombstone = tombstone(connection, item.recordClass(), hash);
      for (long event : auditEvents) {
        execute(
            connection,
            "insert into pf_audit_disposed (event_id, tombstone_id) values (?, ?)",
            event,
            tombstone);
        execute(connection, "delete from pf_audit_event where id = ?", event);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The record's audit events could not be disposed of", e);
    }
  }

  /**
   * The case's ended process instances with every history row they left (activities, tasks,
   * variables and their details, identity links, decisions, jobs, incidents). A module lists only
   * closed cases, whose flows have ended; should one still run (a boundary timer left over), it is
   * refused, since the engine cannot delete the history of an instance in the step that ends it.
   */
  private void forgetInEngine(String reference) {
    if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count() > 0) {
      throw new IllegalStateException(
          "A flow of the record still runs; it is disposed of once the flow has ended");
    }
    List<String> ended = new ArrayList<>();
    for (HistoricProcessInstance instance :
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list()) {
      ended.add(instance.getId());
      for (HistoricDecisionInstance decision :
          history
              .createHistoricDecisionInstanceQuery()
              .processInstanceId(instance.getId())
              .list()) {
        history.deleteHistoricDecisionInstanceByInstanceId(decision.getId());
      }
    }
    if (!ended.isEmpty()) {
      history.deleteHistoricProcessInstancesIfExists(ended);
    }
  }

  /** The review task named the record; it goes from the history with it. */
  private void forgetReviewTask(String taskId) {
    if (history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0) {
      history.deleteHistoricTaskInstance(taskId);
    }
  }

  private static List<Long> auditEventsAbout(Connection connection, String reference)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id from pf_audit_event where resource_id = ? or detail like ?")) {
      select.setString(1, reference);
      select.setString(2, "%" + reference + "%");
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  private static long tombstone(Connection connection, String recordClass, String hash)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select max(id) from pf_audit_event where action = 'dispose' and resource_type = ?"
                + " and resource_id = ?")) {
      select.setString(1, recordClass);
      select.setString(2, hash);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static void execute(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }
}
