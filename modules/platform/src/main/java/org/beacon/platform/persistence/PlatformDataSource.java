package org.beacon.platform.persistence;

/** The one datasource that JPA and the process engine share. */
public final class PlatformDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/beacon";

  private PlatformDataSource() {}
}
