package org.beacon.records.domain;

import java.util.List;
import java.util.Optional;

/** Courses and training records. */
public interface TrainingRepository {

  List<TrainingCourse> courses();

  Optional<TrainingCourse> course(String code);

  TrainingRecord add(TrainingRecord record);

  /** One person's records, newest first. */
  List<TrainingRecord> recordsOf(String username);

  /** Every record, newest first per person and course. */
  List<TrainingRecord> all();
}
