package org.beacon.platform.persistence;

/** The one datasource that JPA and the process engine share. */
public final class PlatformDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/beacon";

  /** The same database through connections outside every transaction, for the audit trail. */
  public static final String AUDIT_JNDI_NAME = "java:app/jdbc/beacon-audit";

  private PlatformDataSource() {}
}
