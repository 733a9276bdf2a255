package org.beacon.governance.domain.policy;

import java.util.Arrays;
import java.util.Optional;

/** The policies a school keeps in its register (seed 001 and the acceptable use agreements). */
public enum PolicyKind {
  E_SAFETY("e-safety", "E-safety policy"),
  STAFF_AUP("staff-aup", "Staff acceptable use policy"),
  PUPIL_AUP("pupil-aup", "Pupil acceptable use policy"),
  PARENT_AUP("parent-aup", "Parent and carer acceptable use agreement"),
  SOCIAL_MEDIA("social-media", "Social media policy"),
  MOBILE_PHONES("mobile-phones", "Mobile phones policy"),
  OTHER("other", "Other policy");

  private final String id;
  private final String defaultTitle;

  PolicyKind(String id, String defaultTitle) {
    this.id = id;
    this.defaultTitle = defaultTitle;
  }

  /** The kind's name in the API, e.g. {@code staff-aup}. */
  public String id() {
    return id;
  }

  public String defaultTitle() {
    return defaultTitle;
  }

  public static Optional<PolicyKind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
