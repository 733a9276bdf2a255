package org.beacon.records.domain;

import java.util.Arrays;
import java.util.Optional;

/** The five uses of a pupil's image the consent form asks about (seed 001, questions 1 to 5). */
public enum PhotoUse {
  /** 1: the prospectus and other printed publications. */
  PROSPECTUS("prospectus"),
  /** 2: the school website. */
  WEBSITE("website"),
  /** 3: video or DVD recordings. */
  VIDEO("video"),
  /** 4: appearing in the media. */
  MEDIA("media"),
  /** 5: the school newsletter. */
  NEWSLETTER("newsletter");

  private final String id;

  PhotoUse(String id) {
    this.id = id;
  }

  /** The use's name in the API. */
  public String id() {
    return id;
  }

  public static Optional<PhotoUse> fromId(String id) {
    return Arrays.stream(values()).filter(u -> u.id.equals(id)).findFirst();
  }
}
