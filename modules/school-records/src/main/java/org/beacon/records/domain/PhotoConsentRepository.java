package org.beacon.records.domain;

import java.util.List;
import java.util.Optional;

/** Photo and image consents. */
public interface PhotoConsentRepository {

  PhotoConsent add(PhotoConsent consent);

  Optional<PhotoConsent> find(long id);

  /** The consent in force for each pupil: the latest form recorded (withdrawn or not). */
  List<PhotoConsent> latestPerPupil();

  /** The latest form recorded for the pupil. */
  Optional<PhotoConsent> latestFor(String pupilReference);
}
