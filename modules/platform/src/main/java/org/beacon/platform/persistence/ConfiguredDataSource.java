package org.beacon.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.beacon.platform.config.BeaconSettings;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The physical datasource behind the server's connection pool. It reads the Beacon settings itself,
 * so one {@code @DataSourceDefinition} serves H2 and PostgreSQL: the URL picks the driver.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile DataSource target;
  private int loginTimeout;

  private DataSource target() {
    DataSource current = target;
    if (current == null) {
      synchronized (this) {
        if (target == null) {
          target = create(BeaconSettings.current());
        }
        current = target;
      }
    }
    return current;
  }

  static DataSource create(BeaconSettings settings) {
    String url = settings.databaseUrl();
    return switch (settings.databaseKind()) {
      case H2 -> {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(settings.databaseUser());
        h2.setPassword(settings.databasePassword());
        yield h2;
      }
      case POSTGRESQL -> postgres(url, settings.databaseUser(), settings.databasePassword());
    };
  }

  static PGSimpleDataSource postgres(String url, String user, String password) {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url);
    if (!user.isEmpty()) {
      pg.setUser(user);
    }
    pg.setPassword(password);
    // Fail fast instead of hanging a request thread when the database is away.
    pg.setConnectTimeout(5);
    pg.setSocketTimeout(60);
    // No JIT compilation unless the URL asks for it: Beacon's statements are short, and its
    // longest, the statistics' scans of a year of cases, ran slower with it (compiling took
    // longer than it saved: 0.30 against 0.20 s for the incidents' grouped scan of 1,000,000).
    if (pg.getOptions() == null) {
      pg.setOptions("-c jit=off");
    }
    return pg;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return target().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    // The pool may pass its own (empty) credentials; the configured ones are the only valid ones.
    return target().getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // no driver-level logging
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return target().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || target().isWrapperFor(iface);
  }
}
