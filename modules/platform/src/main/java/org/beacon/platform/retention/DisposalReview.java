package org.beacon.platform.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.beacon.platform.api.RetainedRecords;
import org.beacon.platform.api.RetainedRecords.RetainedRecord;
import org.beacon.platform.persistence.PlatformDataSource;

/**
 * The disposal review's list ({@code pf_disposal_item}): which closed records have passed their
 * retention date, and what the DSL decided on each. Plain JDBC on the transaction's connection, so
 * a review and the step that writes it commit together. The disposal flow names it {@code
 * disposalReview} for its multi-instance step ({@code ${disposalReview.items(reviewId)}}).
 */
@ApplicationScoped
@Named("disposalReview")
public class DisposalReview {

  static final String DUE = "DUE";
  static final String DISPOSED = "DISPOSED";
  static final String KEPT = "KEPT";

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject @Any Instance<RetainedRecords> modules;

  private Supplier<Iterable<RetainedRecords>> modulesOutsideContainer;

  /** A review over this database and these modules: for work outside the container (a test). */
  public static DisposalReview over(DataSource dataSource, List<RetainedRecords> modules) {
    DisposalReview review = new DisposalReview();
    review.dataSource = dataSource;
    review.modulesOutsideContainer = () -> modules;
    return review;
  }

  Iterable<RetainedRecords> modules() {
    return modulesOutsideContainer != null ? modulesOutsideContainer.get() : modules;
  }

  /** The module that keeps records of this name. */
  Optional<RetainedRecords> module(String name) {
    for (RetainedRecords module : modules()) {
      if (module.module().equals(name)) {
        return Optional.of(module);
      }
    }
    return Optional.empty();
  }

  /**
   * Lists every closed record whose date is today or earlier under this review, leaving out those
   * waiting in an earlier review and those kept (held) beyond today.
   *
   * @return how many were listed
   */
  public int list(String reviewId, LocalDate today, Instant now) {
    int listed = 0;
    try (Connection connection = dataSource.getConnection()) {
      for (RetainedRecords module : modules()) {
        for (RetainedRecord record : module.closed()) {
          if (record.keepUntil() == null
              || record.keepUntil().isAfter(today)
              || pendingOrHeld(connection, record, today)) {
            continue;
          }
          insert(connection, reviewId, module.module(), record, now);
          listed++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The disposal review could not be listed", e);
    }
    return listed;
  }

  /** The ids of the review's items, in the order listed: one review task each. */
  public List<Long> items(String reviewId) {
    List<Long> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select id from pf_disposal_item where review_id = ? order by id")) {
      select.setString(1, reviewId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The disposal review could not be read", e);
    }
    return ids;
  }

  public DisposalItem item(long id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select id, module, process_key, record_class, outcome, case_ref, keep_until,"
                    + " status, decided_by from pf_disposal_item where id = ?")) {
      select.setLong(1, id);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("No disposal item " + id);
        }
        return new DisposalItem(
            rows.getLong(1),
            rows.getString(2),
            rows.getString(3),
            rows.getString(4),
            rows.getString(5),
            rows.getString(6),
            rows.getObject(7, LocalDate.class),
            rows.getString(8),
            rows.getString(9));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The disposal review could not be read", e);
    }
  }

  /** The task that reviews the item, so that disposal can remove it from the engine's history. */
  public void reviewedIn(long id, String taskId) {
    update("update pf_disposal_item set review_task_id = ? where id = ?", taskId, id);
  }

  /** The DSL approved the disposal. */
  public void approved(long id, String by, Instant at) {
    update(
        "update pf_disposal_item set decided_by = ?, decided_at = ? where id = ?",
        by,
        OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
        id);
  }

  /** The DSL keeps the record until a later day, for a reason (a legal hold). */
  public void kept(long id, String by, Instant at, LocalDate until, String reason) {
    update(
        "update pf_disposal_item set status = ?, decided_by = ?, decided_at = ?, kept_until = ?,"
            + " keep_reason = ? where id = ?",
        KEPT,
        by,
        OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
        Date.valueOf(until),
        reason,
        id);
  }

  /**
   * The record is gone: every item about it forgets its reference (the SHA-256 stays) and this one
   * is marked disposed.
   */
  void disposed(DisposalItem item) {
    update("update pf_disposal_item set status = ? where id = ?", DISPOSED, item.id());
    update(
        "update pf_disposal_item set case_ref = null, keep_reason = null"
            + " where process_key = ? and case_ref = ?",
        item.process(),
        item.reference());
  }

  /** The review task of the item, if one was created. */
  Optional<String> reviewTask(long id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select review_task_id from pf_disposal_item where id = ?")) {
      select.setLong(1, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The disposal review could not be read", e);
    }
  }

  private boolean pendingOrHeld(Connection connection, RetainedRecord record, LocalDate today)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select count(*) from pf_disposal_item where process_key = ? and case_ref = ?"
                + " and (status = ? or (status = ? and kept_until > ?))")) {
      select.setString(1, record.process());
      select.setString(2, record.reference());
      select.setString(3, DUE);
      select.setString(4, KEPT);
      select.setDate(5, Date.valueOf(today));
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    }
  }

  private void insert(
      Connection connection, String reviewId, String module, RetainedRecord record, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into pf_disposal_item (review_id, module, process_key, record_class, outcome,"
                + " case_ref, ref_sha256, keep_until, status, listed_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, reviewId);
      insert.setString(2, module);
      insert.setString(3, record.process());
      insert.setString(4, record.recordClass());
      insert.setString(5, record.outcome());
      insert.setString(6, record.reference());
      insert.setString(7, Sha256.of(record.reference()));
      insert.setDate(8, Date.valueOf(record.keepUntil()));
      insert.setString(9, DUE);
      insert.setObject(10, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }

  private void update(String sql, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        update.setObject(i + 1, values[i]);
      }
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The disposal review could not be written", e);
    }
  }
}
