package org.beacon.platform.api;

/**
 * A module's share of the demo school's term of cases (SPI). Each business module that has cases to
 * show implements it as a CDI bean; at the first start of a demo school with demo cases on ({@code
 * BEACON_DEMO=true}, {@code BEACON_DEMO_CASES} not false) the platform calls every implementation
 * once, lowest {@link #order()} first, so the platform names no module and no module names another.
 *
 * <p>Cases are made as people make them: through the module's application services and the engine,
 * as the demo users, never by writing tables. They are plainly fictional and name only the demo
 * pupils ({@link DemoTerm#PUPILS}) and the demo staff.
 */
public interface DemoCases {

  /**
   * When this module's cases are made: lower first. Cases that read others' figures (a governor
   * report) come after the cases they count.
   */
  default int order() {
    return 0;
  }

  /**
   * Makes this module's demo cases; a failure ends the demo seeding with a message naming the
   * module.
   */
  void create(DemoTerm term);
}
