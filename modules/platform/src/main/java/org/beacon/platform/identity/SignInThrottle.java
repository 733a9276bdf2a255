package org.beacon.platform.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.identity.SignInLimit.Verdict;
import org.beacon.platform.persistence.PlatformDataSource;

/**
 * Failed sign-ins per account and per client address, kept in the database so that every node sees
 * the same count ({@link SignInLimit} decides what they mean). Every failure is audited ({@code
 * sign-in} on {@code session}, DENIED, with the reason and the client address), and so is the
 * failure that locks an account or address.
 *
 * <p>Each read and write is one autocommit statement on the audit's pool, outside the request's
 * transaction: a storm of failed sign-ins holds no row lock between statements and cannot hold up
 * other work. Writes are compare-and-set on the row's version, retried a few times. Two attempts
 * racing past the check may both be verified; the count still reaches the lock.
 */
@ApplicationScoped
public class SignInThrottle {

  private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
  private static final int MAX_KEY = 200;
  private static final int RETRIES = 5;

  @Resource(lookup = PlatformDataSource.AUDIT_JNDI_NAME)
  DataSource database;

  @Inject AuditLog audit;

  Clock clock = Clock.systemUTC();

  /**
   * What was read before an attempt: the verdict, and whether the account had failures to clear.
   */
  public record Standing(Verdict verdict, boolean byAddress, boolean accountHasFailures) {

    public boolean allowed() {
      return verdict instanceof Verdict.Allowed;
    }

    /** Seconds until the next attempt may be made, for {@code Retry-After}. */
    public long retryAfterSeconds(Instant now) {
      Duration wait = Duration.ZERO;
      if (verdict instanceof Verdict.BackOff b) {
        wait = b.retryAfter();
      } else if (verdict instanceof Verdict.Locked l) {
        wait = Duration.between(now, l.until());
      }
      return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
  }

  static String accountKey(String username) {
    return cut("account:" + username);
  }

  static String addressKey(String address) {
    return cut("address:" + address);
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * The per-address limit in force: read from the settings each time, as they are cheap to read.
   */
  private SignInLimit addressLimit() {
    int lockAt = org.beacon.platform.config.BeaconSettings.current().signInAddressLock();
    return lockAt == SignInLimit.ADDRESS.lockAt()
        ? SignInLimit.ADDRESS
        : SignInLimit.perAddress(lockAt);
  }

  /** One read of both keys; the stricter verdict wins. */
  public Standing check(String username, String address) {
    Instant now = now();
    Map<String, FailedSignIns> rows = read(List.of(accountKey(username), addressKey(address)));
    FailedSignIns account = rows.get(accountKey(username));
    Verdict byAccount = SignInLimit.ACCOUNT.check(account, now);
    Verdict byAddress = addressLimit().check(rows.get(addressKey(address)), now);
    boolean addressWins = stricter(byAddress, byAccount);
    return new Standing(addressWins ? byAddress : byAccount, addressWins, account != null);
  }

  /** Audits the refusal of an attempt the throttle stopped before its password was checked. */
  public void refused(String username, String address, Standing standing, String how) {
    String why = "refused";
    if (standing.verdict() instanceof Verdict.Locked l) {
      why = (standing.byAddress() ? "client address" : "account") + " locked until " + l.until();
    } else if (standing.verdict() instanceof Verdict.BackOff) {
      why = "too many failed sign-ins; asked to wait " + standing.retryAfterSeconds(now()) + " s";
    }
    audit.denied(
        "sign-in",
        "session",
        cut(username, 100),
        why + "; password not checked (" + how + " from " + address + ")");
  }

  /**
   * Audits a wrong password (or unknown user) and counts it against the account and the address.
   */
  public void failed(String username, String address, String how) {
    audit.denied(
        "sign-in",
        "session",
        cut(username, 100),
        "invalid credentials (" + how + " from " + address + ")");
    count(accountKey(username), SignInLimit.ACCOUNT, "account " + username);
    count(addressKey(address), addressLimit(), "client address " + address);
    if (ThreadLocalRandom.current().nextInt(50) == 0) {
      purge();
    }
  }

  /**
   * A successful sign-in clears the account's count (not the address's: one good account must not
   * wash many guesses).
   */
  public void succeeded(String username, Standing standing) {
    if (standing.accountHasFailures()) {
      delete(accountKey(username));
    }
  }

  /** Lifts an account's lock and forgets its failures; false if there was nothing to lift. */
  public boolean lift(String username) {
    return delete(accountKey(username));
  }

  /** Lifts a client address's lock. */
  public boolean liftAddress(String address) {
    return delete(addressKey(address));
  }

  /** A lock in force: {@code account:<username>} or {@code address:<ip>}. */
  public record Lock(String key, int failures, Instant lockedUntil) {}

  public List<Lock> locks() {
    String sql =
        "select throttle_key, failures, locked_until from pf_sign_in_throttle where locked_until > ? order by throttle_key";
    List<Lock> locks = new ArrayList<>();
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, at(now()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          locks.add(
              new Lock(
                  rs.getString(1),
                  rs.getInt(2),
                  rs.getObject(3, OffsetDateTime.class).toInstant()));
        }
      }
      return locks;
    } catch (SQLException e) {
      throw new IllegalStateException("The sign-in locks could not be read", e);
    }
  }

  private void count(String key, SignInLimit limit, String what) {
    for (int attempt = 0; attempt < RETRIES; attempt++) {
      Instant now = now();
      Versioned before = readOne(key);
      FailedSignIns after = limit.afterFailure(before == null ? null : before.state(), now);
      boolean written = before == null ? insert(key, after) : update(key, before.version(), after);
      if (written) {
        if (limit.locks(before == null ? null : before.state(), after, now)) {
          audit.denied(
              "sign-in-lock",
              "session",
              cut(key, 100),
              what
                  + " locked until "
                  + after.lockedUntil()
                  + " after "
                  + after.failures()
                  + " failed sign-ins");
          LOG.warning(() -> "Sign-in locked for " + what + " until " + after.lockedUntil());
        }
        return;
      }
    }
    // Others kept changing the row: their failures were counted; this one is in the audit trail.
    LOG.fine(() -> "Failed sign-in not counted after " + RETRIES + " tries: " + key);
  }

  private record Versioned(FailedSignIns state, long version) {}

  private Map<String, FailedSignIns> read(List<String> keys) {
    String sql =
        "select throttle_key, failures, window_start, last_failure, locked_until from pf_sign_in_throttle"
            + " where throttle_key in (?, ?)";
    Map<String, FailedSignIns> rows = new HashMap<>();
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, keys.get(0));
      s.setString(2, keys.get(1));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.put(rs.getString(1), state(rs, 2));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Failed sign-ins could not be read", e);
    }
  }

  private Versioned readOne(String key) {
    String sql =
        "select failures, window_start, last_failure, locked_until, version from pf_sign_in_throttle where throttle_key = ?";
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? new Versioned(state(rs, 1), rs.getLong(5)) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Failed sign-ins could not be read", e);
    }
  }

  private boolean insert(String key, FailedSignIns state) {
    String sql =
        "insert into pf_sign_in_throttle (throttle_key, failures, window_start, last_failure, locked_until, version)"
            + " values (?, ?, ?, ?, ?, 0)";
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      bind(s, 2, state);
      return s.executeUpdate() == 1;
    } catch (SQLIntegrityConstraintViolationException raced) {
      return false;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false; // another node inserted the row first: read it and try again
      }
      throw new IllegalStateException("A failed sign-in could not be counted", e);
    }
  }

  private boolean update(String key, long version, FailedSignIns state) {
    String sql =
        "update pf_sign_in_throttle set failures = ?, window_start = ?, last_failure = ?, locked_until = ?,"
            + " version = version + 1 where throttle_key = ? and version = ?";
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, 1, state);
      s.setString(5, key);
      s.setLong(6, version);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("A failed sign-in could not be counted", e);
    }
  }

  private boolean delete(String key) {
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement("delete from pf_sign_in_throttle where throttle_key = ?")) {
      s.setString(1, key);
      return s.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("Failed sign-ins could not be cleared", e);
    }
  }

  /** Rows whose window has passed and that hold no lock: nothing they say counts any more. */
  private void purge() {
    Instant now = now();
    Duration longest =
        SignInLimit.ACCOUNT.window().compareTo(SignInLimit.ADDRESS.window()) > 0
            ? SignInLimit.ACCOUNT.window()
            : SignInLimit.ADDRESS.window();
    String sql =
        "delete from pf_sign_in_throttle where window_start < ? and (locked_until is null or locked_until < ?)";
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, at(now.minus(longest)));
      s.setObject(2, at(now));
      s.executeUpdate();
    } catch (SQLException e) {
      LOG.warning(() -> "Old failed sign-ins could not be purged: " + e);
    }
  }

  private Connection connection() throws SQLException {
    Connection c = database.getConnection();
    c.setAutoCommit(true);
    return c;
  }

  private static FailedSignIns state(ResultSet rs, int first) throws SQLException {
    OffsetDateTime locked = rs.getObject(first + 3, OffsetDateTime.class);
    return new FailedSignIns(
        rs.getInt(first),
        rs.getObject(first + 1, OffsetDateTime.class).toInstant(),
        rs.getObject(first + 2, OffsetDateTime.class).toInstant(),
        locked == null ? null : locked.toInstant());
  }

  private static void bind(PreparedStatement s, int first, FailedSignIns state)
      throws SQLException {
    s.setInt(first, state.failures());
    s.setObject(first + 1, at(state.windowStart()));
    s.setObject(first + 2, at(state.lastFailure()));
    if (state.lockedUntil() == null) {
      s.setNull(first + 3, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setObject(first + 3, at(state.lockedUntil()));
    }
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Locked beats backing off, a longer wait beats a shorter one. */
  static boolean stricter(Verdict a, Verdict b) {
    return rank(a) > rank(b)
        || (a instanceof Verdict.BackOff x
            && b instanceof Verdict.BackOff y
            && x.retryAfter().compareTo(y.retryAfter()) > 0);
  }

  private static int rank(Verdict v) {
    return v instanceof Verdict.Locked ? 2 : v instanceof Verdict.BackOff ? 1 : 0;
  }

  private static String cut(String text) {
    return cut(text, MAX_KEY);
  }

  private static String cut(String text, int max) {
    return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
  }
}
