package org.beacon.platform.alerts;

/**
 * One row of the routing table that matched an event: who is told ({@link #audience}) and when.
 *
 * <p>The audience is a role id ({@code dsl}, {@code head}, ...), {@value #HOLDERS} (whoever holds
 * the step: its assignee, or everyone in its roles), {@value #NEXT_STAND_IN} (the roles the
 * stand-in chain names after the step's roles) or {@value #CASE_MANAGER} (the role the flow made
 * case manager: the head, or the chair when the head is accused).
 */
public record AlertRoute(String audience, Delivery delivery) {

  public static final String HOLDERS = "holders";
  public static final String NEXT_STAND_IN = "next-stand-in";
  public static final String CASE_MANAGER = "case-manager";
}
