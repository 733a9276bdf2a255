package org.beacon.records.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;

/**
 * Who may do what with the school's records. Members of staff read their own agreements and
 * training and the photo opt-out list; the office records paper forms; the DSL and the head read
 * the reports about everyone. Governors see counts only (governor reporting); administrators none.
 */
public final class RecordsAccess {

  /** The roles of members of staff: they sign the staff AUP and read the photo opt-out list. */
  public static final Set<Role> STAFF_ROLES =
      EnumSet.of(Role.STAFF, Role.DSL, Role.HEAD, Role.TECHNICAL, Role.OFFICE);

  /** The roles that record paper forms, consents and other people's training. */
  static final Role[] RECORD_KEEPERS = {Role.OFFICE, Role.DSL, Role.HEAD};

  /** The roles that read who has not signed and the gaps in training. */
  static final Role[] OVERSEERS = {Role.DSL, Role.HEAD};

  private RecordsAccess() {}

  public static boolean isStaff(Caller caller) {
    return caller.roles().stream().anyMatch(STAFF_ROLES::contains);
  }

  static void requireStaff(Caller caller, AuditLog audit, String action, String resource) {
    if (!isStaff(caller)) {
      audit.denied(action, resource, null, "requires a member of staff");
      throw BeaconProblem.forbidden("Only members of staff use this");
    }
  }

  static void require(
      Caller caller,
      AuditLog audit,
      String action,
      String resource,
      String message,
      Role... roles) {
    if (Arrays.stream(roles).noneMatch(caller::has)) {
      audit.denied(
          action,
          resource,
          null,
          "requires " + String.join(" or ", Arrays.stream(roles).map(Role::id).toList()));
      throw BeaconProblem.forbidden(message);
    }
  }

  static boolean any(Caller caller, Role... roles) {
    return Arrays.stream(roles).anyMatch(caller::has);
  }
}
